import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element: name (with its prefix, as written), attributes, text and children.
/// Built with Foundation's `XMLParser`, which rejects anything that is not well-formed.
package final class XMLTree {
    package let name: String
    package let attributes: [String: String]
    package var text = ""
    package var children: [XMLTree] = []

    package init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    package struct ParseError: Error, CustomStringConvertible {
        package var description: String
    }

    /// Parses `data`; throws with the parser's message and line when it is not well-formed.
    package static func parse(_ data: Data) throws -> XMLTree {
        let parser = XMLParser(data: data)
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseError(description: "line \(parser.lineNumber): \(parser.parserError.map { "\($0)" } ?? "no root element")")
        }
        return root
    }

    /// The first child named `name`.
    package func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// Every child named `name`.
    package func all(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = XMLTree(name: name, attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            stack.last?.text += String(decoding: block, as: UTF8.self)
        }
    }
}
