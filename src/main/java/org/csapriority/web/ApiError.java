package org.csapriority.web;

import java.util.List;

import org.csapriority.scenario.InputProblem;

/**
 * Every error the API returns: the HTTP status, its reason, one sentence, and each problem with where it
 * is (a field of the request such as {@code changes[0].count}, or a file and line). Never a stack trace.
 */
public record ApiError(int status, String error, String message, List<Problem> problems) {

	public record Problem(String location, String message) {

		/** A field of the request reads as the field; a rule or scenario file as file:line and field. */
		static Problem of(InputProblem problem) {
			StringBuilder location = new StringBuilder();
			boolean fileNamed = problem.file() != null && !problem.file().isBlank()
					&& !ScenarioService.REQUEST.equals(problem.file());
			if (fileNamed) {
				location.append(problem.file());
				if (problem.line() > 0) {
					location.append(':').append(problem.line());
				}
			}
			if (problem.field() != null && !problem.field().isBlank()) {
				location.append(location.isEmpty() ? "" : " ").append(problem.field());
			}
			return new Problem(location.isEmpty() ? ScenarioService.REQUEST : location.toString(), problem.message());
		}
	}
}
