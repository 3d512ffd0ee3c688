package org.csapriority.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.Scenario;
import org.csapriority.sensitivity.RobustnessAnalysis;
import org.csapriority.sensitivity.RobustnessRequest;
import org.csapriority.sensitivity.RobustnessResult;

/**
 * How much memory a robustness run of Kent 2026/27 needs, as against what it allocates (which -prof gc shows): run
 * it under a small -Xmx with 1,000 and with 100,000 samples. A run that keeps something for every sample runs out
 * of heap, or spends its time collecting, as the samples grow; one that keeps nothing fits in the same heap with
 * the same share of time in collections. It also prints the heap still in use once the run is over and collected,
 * and the process's peak resident memory.
 *
 * <pre>java -Xmx64m -cp target/benchmarks.jar org.csapriority.bench.RobustnessMemory 100000</pre>
 */
public final class RobustnessMemory {

	private RobustnessMemory() {
	}

	public static void main(String[] args) throws IOException {
		int samples = args.length > 0 ? Integer.parseInt(args[0]) : RobustnessRequest.DEFAULT_SAMPLES;
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
		RuleBase rules = BenchInputs.rules();
		Scenario kent = BenchInputs.scenario("kent-2026-27.yaml");
		long collectionsBefore = collections();
		long collectingBefore = collectingMillis();
		long start = System.nanoTime();
		RobustnessResult result = RobustnessAnalysis.run(kent, rules, RobustnessRequest.of(samples, 42L), threads,
				RobustnessAnalysis.Progress.NONE);
		double seconds = (System.nanoTime() - start) / 1e9;
		long collections = collections() - collectionsBefore;
		double collecting = (collectingMillis() - collectingBefore) / 1e3;
		System.gc();
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		System.out.printf(Locale.ROOT, "%d samples (%d items) on %d threads: %.2f s, of which collecting %.2f s in %d "
				+ "collections; heap in use after the run %.1f MB; peak resident %s; heap limit %.0f MB%n", samples,
				result.items().size(), threads, seconds, collecting, collections, heap.getUsed() / 1e6, peakResident(),
				Runtime.getRuntime().maxMemory() / 1e6);
	}

	private static long collections() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
	}

	private static long collectingMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
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
