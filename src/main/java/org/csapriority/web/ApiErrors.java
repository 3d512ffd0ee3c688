package org.csapriority.web;

import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import org.csapriority.audit.AuditUnavailableException;
import org.csapriority.audit.CorruptRecordException;
import org.csapriority.audit.ReplayMismatchException;
import org.csapriority.scenario.InvalidInputException;

/**
 * Turns every failure of an API call into the one error shape, with a 4xx status for anything the caller
 * can fix. A failure of our own is logged with its stack trace and answered with a plain 500.
 */
@RestControllerAdvice(assignableTypes = { ScenarioController.class, VariantController.class, AdminController.class,
		RunController.class, RobustnessController.class })
class ApiErrors {

	private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ApiError> refused(ApiException ex) {
		return respond(ex.status(), ex.getMessage(), ex.problems());
	}

	/** A query parameter of the wrong type, e.g. a limit that is not a number. */
	@ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> mistyped(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException ex) {
		String message = "'" + ex.getValue() + "' is not a valid " + ex.getName();
		return respond(HttpStatus.BAD_REQUEST, message, List.of(new ApiError.Problem(ex.getName(), message)));
	}

	/** The audit database cannot be reached or written: the caller may try again later. */
	@ExceptionHandler(AuditUnavailableException.class)
	ResponseEntity<ApiError> auditUnavailable(AuditUnavailableException ex) {
		return respond(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage(), List.of(new ApiError.Problem("audit", ex.getMessage())));
	}

	/** A stored record that no longer reads as it was written: say which, never guess. */
	@ExceptionHandler(CorruptRecordException.class)
	ResponseEntity<ApiError> corrupt(CorruptRecordException ex) {
		String message = "audit record corrupted: " + ex.getMessage();
		return respond(HttpStatus.CONFLICT, message, List.of(new ApiError.Problem("audit", message)));
	}

	/** A recorded run that no longer replays to its result cannot be explained from it. */
	@ExceptionHandler(ReplayMismatchException.class)
	ResponseEntity<ApiError> mismatch(ReplayMismatchException ex) {
		return respond(HttpStatus.CONFLICT, ex.getMessage(), List.of(new ApiError.Problem("run", ex.getMessage())));
	}

	/** Well-formed but unusable: an unknown issue, an out-of-scale value, a rule file that does not compile. */
	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ApiError> invalid(InvalidInputException ex) {
		List<ApiError.Problem> problems = ex.problems().stream().map(ApiError.Problem::of).toList();
		return respond(HttpStatus.UNPROCESSABLE_ENTITY, message(problems), problems);
	}

	/** One sentence for a list of problems: the first in full, and how many more there are. */
	static String message(List<ApiError.Problem> problems) {
		return problems.size() == 1 ? problems.get(0).location() + ": " + problems.get(0).message()
				: problems.size() + " problems: " + problems.get(0).location() + ": " + problems.get(0).message() + "; ...";
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex) {
		if (BodySizeLimit.tooLarge(ex)) {
			return respond(HttpStatus.PAYLOAD_TOO_LARGE, BodySizeLimit.MESSAGE, List.of(new ApiError.Problem("request", BodySizeLimit.MESSAGE)));
		}
		String location = ScenarioService.REQUEST;
		String message = "the request body is not valid JSON";
		if (ex.getCause() instanceof JsonProcessingException json) {
			JsonLocation at = json.getLocation();
			if (at != null && at.getLineNr() > 0) {
				location = "request line " + at.getLineNr() + ", column " + at.getColumnNr();
			}
			message = "the request body is not valid JSON: " + json.getOriginalMessage().lines().findFirst().orElse("");
		}
		else if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
			message = "the request needs a JSON body";
		}
		return respond(HttpStatus.BAD_REQUEST, message, List.of(new ApiError.Problem(location, message)));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException ex) {
		String message = "send the body as application/json";
		return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message, List.of(new ApiError.Problem("Content-Type", message)));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		String message = "the API answers in application/json only";
		return respond(HttpStatus.NOT_ACCEPTABLE, message, List.of(new ApiError.Problem("Accept", message)));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException ex) {
		String message = ex.getMethod() + " is not supported here; use " + ex.getSupportedHttpMethods();
		return respond(HttpStatus.METHOD_NOT_ALLOWED, message, List.of(new ApiError.Problem("method", message)));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ApiError> noSuchPath(NoResourceFoundException ex) {
		String message = "no such API path: /" + ex.getResourcePath();
		return respond(HttpStatus.NOT_FOUND, message, List.of(new ApiError.Problem("path", message)));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> ours(Exception ex) {
		LOG.error("request failed", ex);
		String message = "the server could not answer this request; the error is in the server log";
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, message, List.of());
	}

	static ResponseEntity<ApiError> respond(HttpStatus status, String message, List<ApiError.Problem> problems) {
		return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message, problems));
	}
}
