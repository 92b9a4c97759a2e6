import Hummingbird
import PatrolData

/// Responses whose bodies are text: the CLI's JSON documents, SVG, GPX, CSV.
enum JSONResponse {
    /// A JSON document written as the CLI writes it (`JSONWriter.pretty` and a final newline),
    /// so an API body and `--format json` output are the same bytes.
    static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        text(JSONWriter.pretty(value) + "\n", type: "application/json; charset=utf-8", status: status)
    }

    /// A document as the CLI writes it to a file: ending in exactly the newline `Output.emit` adds.
    static func file(_ text: String, type: String) -> Response {
        self.text(text.hasSuffix("\n") ? text : text + "\n", type: type)
    }

    /// A text body of the given media type.
    static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok, fileName: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-store"]
        if let fileName { headers[.contentDisposition] = "attachment; filename=\"\(fileName)\"" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
