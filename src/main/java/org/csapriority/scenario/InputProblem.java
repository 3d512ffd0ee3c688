package org.csapriority.scenario;

/**
 * One thing wrong with an input file: the file, the line where known (0 otherwise), the field or
 * item concerned and what is wrong, in words a scenario or rule author can act on.
 */
public record InputProblem(String file, int line, String field, String message) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(file == null ? "(input)" : file);
		if (line > 0) {
			text.append(':').append(line);
		}
		text.append(": ");
		if (field != null && !field.isBlank()) {
			text.append(field).append(": ");
		}
		return text.append(message).toString();
	}
}
