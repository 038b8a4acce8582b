/// The CLI and tests need only `import GazetteSite`.
@_exported import GazetteContent
@_exported import struct GazettePages.BuildProgress
