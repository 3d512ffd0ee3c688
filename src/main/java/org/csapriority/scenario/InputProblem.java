package org.csapriority.scenario;

/**
 * One thing wrong with an input file: the file, the line where known (0 otherwise), the field or
 * item concerned and what is wrong, in words a scenario or rule author can act on.
 */
public record InputProblem(String file, int line, String field, String message) {

	/** A path as the user gave it, relative to the working folder where possible: messages never show machine paths. */
	public static String displayPath(java.nio.file.Path file) {
		java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
		java.nio.file.Path absolute = file.toAbsolutePath().normalize();
		return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : file).toString().replace('\\', '/');
	}

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
