package org.csapriority.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The error shape for failures no controller answered (an unknown path, a URL the firewall refused): the same
 * fields as every API error, with a message of our own rather than the exception's, and never a trace.
 */
@Component
class JsonErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> defaults = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
		int status = defaults.get("status") instanceof Integer code ? code : 500;
		HttpStatus known = HttpStatus.resolve(status);
		String path = String.valueOf(defaults.getOrDefault("path", ""));
		String message = switch (status) {
			case 404 -> "no such page or API path: " + path;
			case 400 -> "the request could not be understood (" + path + ")";
			case 403 -> "you do not have permission for " + path;
			case 405 -> "that method is not supported on " + path;
			case 413 -> BodySizeLimit.MESSAGE;
			case 415 -> "send the body as application/json";
			default -> status >= 500 ? "the server could not answer this request; the error is in the server log"
					: "the request was refused";
		};
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status);
		body.put("error", known == null ? "Error" : known.getReasonPhrase());
		body.put("message", message);
		body.put("problems", List.of(Map.of("location", path, "message", message)));
		return body;
	}
}
