package org.csapriority.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine's version as the build recorded it, so every run says which engine produced it. */
public final class EngineVersion {

	private static final String CURRENT = read();

	private EngineVersion() {
	}

	public static String current() {
		return CURRENT;
	}

	private static String read() {
		try (InputStream in = EngineVersion.class.getResourceAsStream("/META-INF/build-info.properties")) {
			if (in == null) {
				return "unknown (no build information)";
			}
			Properties properties = new Properties();
			properties.load(in);
			// the Java version too: number formatting in the result has changed between Java releases
			return properties.getProperty("build.version", "unknown") + " on Java " + System.getProperty("java.version");
		}
		catch (IOException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
	}
}
