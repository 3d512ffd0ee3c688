package org.csapriority.web;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Writes the API's error shape from filters and security handlers, which answer before any controller. */
@Component
class ErrorWriter {

	private final ObjectMapper json;

	ErrorWriter(ObjectMapper json) {
		this.json = json;
	}

	void write(HttpServletResponse response, HttpStatus status, String message, List<ApiError.Problem> problems)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), new ApiError(status.value(), status.getReasonPhrase(), message, problems));
	}
}
