package org.csapriority.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.webjars.WebJarVersionLocator;

/**
 * Apache ECharts' minified script, read once from its WebJar to be written into every HTML report: a report is
 * one file that draws its charts offline, years later, with nothing to fetch.
 */
final class EChartsScript {

	private static final String WEBJAR = "echarts";

	/** The full build: the common build has no heat map. */
	private static final String FILE = "echarts.min.js";

	private static volatile String script;

	private EChartsScript() {
	}

	static String text() {
		String loaded = script;
		if (loaded == null) {
			synchronized (EChartsScript.class) {
				if (script == null) {
					script = load();
				}
				loaded = script;
			}
		}
		return loaded;
	}

	/** The version inlined, named in the report so a reader knows what drew the charts. */
	static String version() {
		String version = new WebJarVersionLocator().version(WEBJAR);
		return version == null ? "" : version;
	}

	private static String load() {
		String path = new WebJarVersionLocator().fullPath(WEBJAR, FILE);
		if (path == null) {
			throw new IllegalStateException("the ECharts WebJar is not on the class path");
		}
		try (InputStream in = EChartsScript.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is not on the class path");
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			// inlined into a script element: this sequence would end the element early
			if (text.toLowerCase(Locale.ROOT).contains("</script")) {
				throw new IllegalStateException(path + " contains '</script' and cannot be inlined");
			}
			return text;
		}
		catch (IOException ex) {
			throw new IllegalStateException(path + " could not be read", ex);
		}
	}
}
