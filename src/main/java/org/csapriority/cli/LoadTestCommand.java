package org.csapriority.cli;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.statistics.descriptive.Quantile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;

/**
 * Load driver for a running server: concurrent clients post what-if questions back to back for a fixed
 * time and the latency of every answer is recorded. Talks to this machine only (loopback), and stops by itself.
 */
@Command(name = "loadtest", description = "Drive a running server (csa serve) on this machine with concurrent what-if requests "
		+ "and report requests, errors and p50/p95/p99 latency.")
class LoadTestCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--url", description = "Server address (default: ${DEFAULT-VALUE}); must be on this machine.",
			defaultValue = "http://127.0.0.1:8080")
	URI url;

	@Option(names = "--scenario", description = "Scenario name (default: ${DEFAULT-VALUE}).", defaultValue = "kent-2022-23.yaml")
	String scenario;

	@Option(names = "--changes", description = "Request body, e.g. {\"changes\":[...]} (default: the scenario's first published "
			+ "count lowered by a third, with its first horizon item removed).")
	String changes;

	@Option(names = "--user", description = "User with the working-group role (default: ${DEFAULT-VALUE}).", defaultValue = "working-group")
	String user;

	@Option(names = "--password-env", description = "Environment variable holding the password (default: ${DEFAULT-VALUE}).",
			defaultValue = "CSA_PASSWORD")
	String passwordEnv;

	@Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).", defaultValue = "20")
	int clients;

	@Option(names = "--seconds", description = "How long to drive the load (default: ${DEFAULT-VALUE}).", defaultValue = "60")
	int seconds;

	@Option(names = "--vary", description = "Ask a different question with each request (a published count set to another value "
			+ "and a horizon item removed, drawn from the scenario's inputs), so no answer is served from the server's cache.")
	boolean vary;

	@Option(names = "--warmup-seconds", description = "Load before recording starts, for the server's JIT (default: ${DEFAULT-VALUE}).",
			defaultValue = "10")
	int warmupSeconds;

	@Override
	public Integer call() throws Exception {
		check();
		String password = System.getenv(passwordEnv);
		if (password == null || password.isEmpty()) {
			throw new InvalidInputException(new InputProblem("--password-env", 0, null,
					"set " + passwordEnv + " to the password of user " + user));
		}
		// as the page asks: it has the baseline already, so the answer leaves it out
		URI target = url.resolve("/api/scenarios/" + scenario + "/whatif?baseline=false");
		String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		URI inputs = url.resolve("/api/scenarios/" + scenario + "/inputs");
		List<String> bodies = vary ? Questions.varied(http, inputs, auth)
				: List.of(changes != null ? changes : Questions.typical(http, inputs, auth));
		List<HttpRequest> requests = bodies.stream().map(body -> HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json").header("Authorization", auth)
			.POST(HttpRequest.BodyPublishers.ofString(body)).build()).toList();
		run(http, requests, warmupSeconds, new AtomicLong());
		AtomicLong errors = new AtomicLong();
		long start = System.nanoTime();
		List<double[]> samples = run(http, requests, seconds, errors);
		double elapsed = (System.nanoTime() - start) / 1e9;
		report(samples, errors.get(), elapsed, requests.size());
		return errors.get() == 0 ? 0 : 1;
	}

	/** Loopback only: a load test never leaves this machine. */
	private void check() throws UnknownHostException {
		if (clients < 1 || clients > 200 || seconds < 1 || seconds > 600 || warmupSeconds < 0 || warmupSeconds > 120) {
			throw new InvalidInputException(new InputProblem("--clients", 0, null,
					"use 1 to 200 clients for 1 to 600 seconds after 0 to 120 seconds of warm-up"));
		}
		String host = url.getHost();
		if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
			throw new InvalidInputException(new InputProblem("--url", 0, null,
					"the load test only drives a server on this machine (127.0.0.1, localhost or [::1]); got " + url));
		}
	}

	private List<double[]> run(HttpClient http, List<HttpRequest> requests, int runSeconds, AtomicLong errors) throws Exception {
		long deadline = System.nanoTime() + runSeconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<double[]>> futures = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				futures.add(pool.submit(() -> client(http, requests, deadline, errors)));
			}
			List<double[]> samples = new ArrayList<>();
			for (Future<double[]> future : futures) {
				samples.add(future.get());
			}
			return samples;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * One client: a request, its answer read to the last byte, then the next, until the deadline. Latencies in ms.
	 * The answer's bytes are read and dropped: keeping them would measure this driver's memory, not the server.
	 */
	private double[] client(HttpClient http, List<HttpRequest> requests, long deadline, AtomicLong errors) {
		double[] latencies = new double[1024];
		int n = 0;
		while (System.nanoTime() < deadline) {
			HttpRequest request = requests.get(ThreadLocalRandom.current().nextInt(requests.size()));
			long sent = System.nanoTime();
			boolean ok;
			try {
				HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
				ok = response.statusCode() == 200;
			}
			catch (Exception ex) {
				ok = false;
				if (ex instanceof InterruptedException) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			double millis = (System.nanoTime() - sent) / 1e6;
			if (!ok) {
				errors.incrementAndGet();
			}
			if (n == latencies.length) {
				latencies = java.util.Arrays.copyOf(latencies, n * 2);
			}
			latencies[n++] = millis;
		}
		return java.util.Arrays.copyOf(latencies, n);
	}

	private void report(List<double[]> samples, long errors, double elapsed, int questions) {
		double[] all = samples.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
		var out = spec.commandLine().getOut();
		out.printf("POST %s/api/scenarios/%s/whatif: %d clients for %.0f s (after %d s warm-up), %s, %d processors, Java %s%n", url,
				scenario, clients, elapsed, warmupSeconds, questions == 1 ? "the same question each time"
						: questions + " different questions drawn at random", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		if (all.length == 0) {
			out.println("no request completed");
			return;
		}
		double[] p = Quantile.withDefaults().with(Quantile.EstimationMethod.HF6).evaluate(all, 0.5, 0.95, 0.99);
		out.printf("requests %d (%.0f/s)   errors %d   p50 %.2f ms   p95 %.2f ms   p99 %.2f ms%n", all.length,
				all.length / elapsed, errors, p[0], p[1], p[2]);
		out.flush();
	}
}
