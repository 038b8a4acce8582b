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
        .target(
            name: "GazetteContent",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(
            name: "GazetteRender",
            dependencies: [
                "GazetteContent",
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTheme"]
        ),
        .target(
            name: "GazetteSite",
            dependencies: ["GazetteContent", "GazetteRender"]
        ),
        .executableTarget(
            name: "gazette",
            dependencies: [
                "GazetteSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(name: "ThemeEmbedder"),
        .executableTarget(name: "gazette-fixtures", dependencies: ["GazetteContent"]),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        .testTarget(name: "GazetteContentTests", dependencies: ["GazetteContent"]),
        .testTarget(name: "GazetteRenderTests", dependencies: ["GazetteRender"]),
        .testTarget(name: "GazetteSiteTests", dependencies: ["GazetteSite", "GazetteRender"]),
        // Runs the built `gazette` binary; depending on it makes `swift test` build it first.
        .testTarget(name: "gazetteTests", dependencies: ["gazette", "GazetteSite"]),
    ]
)
