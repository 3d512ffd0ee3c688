package org.csapriority.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A request the API refuses, with the status to answer and what was wrong, where. */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final transient List<ApiError.Problem> problems;

	ApiException(HttpStatus status, String message, List<ApiError.Problem> problems) {
		super(message);
		this.status = status;
		this.problems = List.copyOf(problems);
	}

	static ApiException notFound(String location, String message) {
		return new ApiException(HttpStatus.NOT_FOUND, message, List.of(new ApiError.Problem(location, message)));
	}

	static ApiException badRequest(String location, String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, message, List.of(new ApiError.Problem(location, message)));
	}

	HttpStatus status() {
		return status;
	}

	List<ApiError.Problem> problems() {
		return problems;
	}
}
