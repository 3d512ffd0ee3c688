package org.csapriority.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a report where a reader may already have the old one open: the text goes to a temporary file beside the
 * target, which then replaces it in one move, so nobody ever finds a half-written report.
 */
public final class ReportFile {

	private ReportFile() {
	}

	public static void write(Path target, String text) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		// same folder, so the move stays on one file system and can be atomic
		Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			readable(temporary, absolute);
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** A temporary file is private to its owner; a report is for others to read, as the one it replaces was. */
	private static void readable(Path temporary, Path target) throws IOException {
		try {
			Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
					: PosixFilePermissions.fromString("rw-r--r--");
			Files.setPosixFilePermissions(temporary, permissions);
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the temporary file has the folder's usual permissions already
		}
	}
}
