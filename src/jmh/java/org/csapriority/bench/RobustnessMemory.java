package org.csapriority.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.Scenario;
import org.csapriority.sensitivity.RobustnessAnalysis;
import org.csapriority.sensitivity.RobustnessRequest;

/**
 * How much memory a robustness run of Kent 2026/27 keeps, as against what it allocates (which -prof gc shows):
 * the largest heap left after any collection during the run, and the process's peak resident memory. Run it
 * under a small -Xmx with 1,000 and with 100,000 samples: a run that keeps nothing per sample fits in both.
 *
 * <pre>java -Xmx96m -cp target/benchmarks.jar org.csapriority.bench.RobustnessMemory 100000</pre>
 */
public final class RobustnessMemory {

	private static final AtomicLong LARGEST_AFTER_COLLECTION = new AtomicLong();

	private RobustnessMemory() {
	}

	public static void main(String[] args) throws IOException {
		int samples = args.length > 0 ? Integer.parseInt(args[0]) : RobustnessRequest.DEFAULT_SAMPLES;
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
		RuleBase rules = BenchInputs.rules();
		Scenario kent = BenchInputs.scenario("kent-2026-27.yaml");
		watchCollections();
		long start = System.nanoTime();
		RobustnessAnalysis.run(kent, rules, RobustnessRequest.of(samples, 42L), threads, RobustnessAnalysis.Progress.NONE);
		double seconds = (System.nanoTime() - start) / 1e9;
		long collections = ManagementFactory.getGarbageCollectorMXBeans().stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
		System.out.printf(Locale.ROOT, "%d samples on %d threads: %.2f s; largest heap after a collection %.1f MB "
				+ "(%d collections); peak resident %s; heap limit %.0f MB%n", samples, threads, seconds,
				LARGEST_AFTER_COLLECTION.get() / 1e6, collections, peakResident(), Runtime.getRuntime().maxMemory() / 1e6);
	}

	/** After every collection, the heap still in use: what the run keeps rather than what it passes through. */
	private static void watchCollections() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
						.from((CompositeData) notification.getUserData());
					long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
					LARGEST_AFTER_COLLECTION.accumulateAndGet(used, Math::max);
				}
			}, null, null);
		}
	}

	/** VmHWM from /proc on Linux; elsewhere not known. */
	private static String peakResident() throws IOException {
		Path status = Path.of("/proc/self/status");
		if (!Files.isReadable(status)) {
			return "not known here";
		}
		return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
			.map(line -> String.format(Locale.ROOT, "%.0f MB", Long.parseLong(line.replaceAll("\\D", "")) / 1e3))
			.findFirst().orElse("not known here");
	}
}
