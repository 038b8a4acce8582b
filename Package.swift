// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Gazette",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gazette", targets: ["gazette"]),
        .library(name: "GazetteSite", targets: ["GazetteSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // TOML front matter (Hugo/Zola sites): no chosen dependency parses TOML.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // The HTTP server of `gazette serve` only: small (about 6 s of a clean debug build).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // libdeflate and the Brotli encoder, for the .gz and .br siblings of `precompress`:
        // libdeflate makes gzip files as small as zlib's deflate at level 6 about twice as fast
        // (benchmark pages: 108 against 58 MB/s a core, to 37.6% against 37.7%), and at its
        // level 1, the one used, four times as fast (230 MB/s, 38.5%).
        .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        // zlib only in the tests: an independent gzip reader for the siblings.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CBrotli", pkgConfig: "libbrotlienc", providers: [.apt(["libbrotli-dev"])]),
        // renameat2(RENAME_EXCHANGE) from the C library, which Swift's Glibc module hides
        // (it is declared only with _GNU_SOURCE): the atomic swap of the output.
        .systemLibrary(name: "CRename"),
        // HTML5 parsing for `.html` article bodies: the sanitiser walks gumbo's tree.
        .systemLibrary(
            name: "CGumbo",
            pkgConfig: "gumbo",
            providers: [.apt(["libgumbo-dev"])]
        ),
        .target(
            name: "GazetteContent",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // Built-in search (issue 13): the index from the content model; no page rendering.
        .target(
            name: "GazetteSearch",
            dependencies: ["GazetteContent", "CStemmer"]
        ),
        .target(
            name: "GazetteRender",
            dependencies: [
                "GazetteContent",
                "CCmark",
                "CGumbo",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTheme"]
        ),
        // The build, one stage a target, each importing only the ones above it.
        .target(name: "GazetteOutput", dependencies: ["GazetteContent", "CRename", "CDeflate", "CBrotli"]),
        .target(name: "GazettePlan", dependencies: ["GazetteContent", "GazetteRender"]),
        .target(name: "GazetteFeeds", dependencies: ["GazetteContent", "GazetteRender", "GazettePlan"]),
        .target(
            name: "GazettePages",
            dependencies: ["GazetteContent", "GazetteRender", "GazetteOutput", "GazettePlan", "GazetteFeeds", "GazetteSearch"]
        ),
        // `gazette import wordpress`: reads WXR with Foundation's XMLParser (streaming).
        .target(name: "GazetteImport", dependencies: ["GazetteContent", "GazetteRender"]),
        .target(
            name: "GazetteSite",
            dependencies: ["GazetteContent", "GazetteRender", "GazetteOutput", "GazettePlan", "GazetteFeeds", "GazettePages", "GazetteSearch"]
        ),
        // The tools around the build.
        .target(name: "GazetteCheck", dependencies: ["GazetteContent"]),
        .target(
            name: "GazettePreview",
            dependencies: [
                "GazetteContent", "GazetteRender", "GazetteOutput", "GazetteSite",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .target(name: "GazetteScaffold", dependencies: ["GazetteContent", "GazetteRender"]),
        .executableTarget(
            name: "gazette",
            dependencies: [
                "GazetteSite", "GazetteCheck", "GazettePreview", "GazetteScaffold", "GazetteImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "ThemeEmbedder"),
        .executableTarget(name: "gazette-fixtures", dependencies: ["GazetteContent"]),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        // Shared by the test targets: a site written into a temporary folder.
        .target(name: "GazetteTestSupport", dependencies: ["GazetteFeeds"], path: "Tests/GazetteTestSupport"),
        .testTarget(name: "GazetteContentTests", dependencies: ["GazetteContent"]),
        .testTarget(name: "GazetteRenderTests", dependencies: ["GazetteRender"]),
        .testTarget(name: "GazetteSearchTests", dependencies: ["GazetteSearch"]),
        .testTarget(name: "GazettePlanTests", dependencies: ["GazettePlan", "GazetteContent"]),
        .testTarget(name: "GazetteFeedsTests", dependencies: ["GazetteFeeds", "GazettePlan", "GazetteContent", "GazetteTestSupport"]),
        // Whole builds in a temporary folder: plan, pages, feeds, output and incremental state.
        .testTarget(
            name: "GazetteSiteTests",
            dependencies: ["GazetteSite", "GazetteRender", "GazetteOutput", "GazettePlan", "GazetteFeeds", "GazettePages", "GazetteTestSupport"]
        ),
        .testTarget(name: "GazetteCheckTests", dependencies: ["GazetteCheck", "GazetteSite", "GazetteTestSupport"]),
        .testTarget(name: "GazetteOutputTests", dependencies: ["GazetteOutput", "GazetteContent", "CZlib", "CBrotli"]),
        .testTarget(name: "GazettePreviewTests", dependencies: ["GazettePreview", "GazetteContent", "GazetteTestSupport"]),
        .testTarget(name: "GazetteScaffoldTests", dependencies: ["GazetteScaffold", "GazetteContent", "GazetteTestSupport"]),
        .testTarget(name: "GazetteImportTests", dependencies: ["GazetteImport", "GazetteContent", "GazetteTestSupport"]),
        // Runs the built `gazette` binary; depending on it makes `swift test` build it first.
        .testTarget(name: "gazetteTests", dependencies: ["gazette", "GazetteSite", "GazetteOutput", "GazettePreview", "GazetteTestSupport"]),
    ]
)
