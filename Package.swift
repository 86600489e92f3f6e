// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Sitrep",
    platforms: [.macOS(.v15)],  // Synchronization (Mutex, Atomic)
    products: [
        .executable(name: "sitrep", targets: ["sitrep"]),
        .library(name: "SitrepCore", targets: ["SitrepCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // System ICU, wrapped in C: Debian renames ICU's symbols per version (macros Swift cannot call),
        // and ICU's headers clash with Foundation's own ICU, so the public header includes none of them.
        .target(
            name: "CICUShim",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "SitrepCore",
            dependencies: [
                "CICUShim",
                "CLibXML2",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "sitrep",
            dependencies: [
                "SitrepCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "SitrepTestSupport",
            dependencies: ["SitrepCore"],
            path: "Tests/SitrepTestSupport"
        ),
        .testTarget(
            name: "SitrepCoreTests",
            dependencies: ["SitrepCore", "SitrepTestSupport"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
