package org.csapriority.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import org.csapriority.scenario.InvalidInputException;
import org.csapriority.sensitivity.RobustnessAnalysis;
import org.csapriority.sensitivity.RobustnessRequest;
import org.csapriority.sensitivity.RobustnessResult;

/**
 * Robustness analyses running in the background. Each analysis already uses every core, so only
 * {@link #AT_ONCE} run at a time and a further one is refused rather than queued: a queue would leave its
 * caller waiting with no idea how long. A finished job is kept for {@link #KEPT} so its result can be fetched,
 * then dropped.
 */
@Component
class RobustnessJobs implements DisposableBean {

	static final int AT_ONCE = 2;

	static final int KEPT_MINUTES = 30;

	static final Duration KEPT = Duration.ofMinutes(KEPT_MINUTES);

	/** Finished jobs kept at most, however recent: a result is a few tens of kilobytes. */
	private static final int FINISHED_KEPT = 50;

	private static final Logger LOG = LoggerFactory.getLogger(RobustnessJobs.class);

	enum Status {
		RUNNING, DONE, FAILED, CANCELLED;

		@com.fasterxml.jackson.annotation.JsonValue
		String id() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** What a finished analysis hands back: its result, and the run it was recorded as or why it was not. */
	record Finished(RobustnessResult result, String runId, String notRecordedReason) {
	}

	@FunctionalInterface
	interface Work {
		Finished run(RobustnessAnalysis.Progress progress);
	}

	private final Semaphore slots = new Semaphore(AT_ONCE);

	private final AtomicInteger threads = new AtomicInteger();

	private final ExecutorService executor = new ThreadPoolExecutor(AT_ONCE, AT_ONCE, 0, TimeUnit.MILLISECONDS,
			new LinkedBlockingQueue<>(), task -> {
				Thread thread = new Thread(task, "robustness-" + threads.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final Clock clock;

	RobustnessJobs() {
		this(Clock.systemUTC());
	}

	RobustnessJobs(Clock clock) {
		this.clock = clock;
	}

	/** Starts the work, or refuses with 503 when {@link #AT_ONCE} analyses are already running. */
	Job start(String owner, String scenario, RobustnessRequest request, boolean record, Work work) {
		forgetOld();
		if (!slots.tryAcquire()) {
			String message = AT_ONCE + " robustness analyses are running, which is all this server runs at once; "
					+ "try again when one has finished";
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, message, List.of(new ApiError.Problem("robustness", message)));
		}
		Job job = new Job(UUID.randomUUID().toString(), owner, scenario, request, record, clock.instant());
		jobs.put(job.id(), job);
		try {
			executor.execute(() -> run(job, work));
		}
		catch (RuntimeException ex) {
			jobs.remove(job.id());
			slots.release();
			throw ex;
		}
		return job;
	}

	Instant now() {
		return clock.instant();
	}

	Optional<Job> job(String id) {
		forgetOld();
		return Optional.ofNullable(jobs.get(id));
	}

	/** How many analyses hold a place now; a cancelled one holds it until its threads have stopped. */
	int running() {
		return AT_ONCE - slots.availablePermits();
	}

	private void run(Job job, Work work) {
		if (!job.claim()) {
			slots.release();
			return;
		}
		try {
			Finished finished = work.run(job.progress());
			settle(job, Status.DONE, finished, null);
		}
		catch (CancellationException ex) {
			settle(job, Status.CANCELLED, null, null);
		}
		catch (InvalidInputException ex) {
			settle(job, Status.FAILED, null, ApiErrors.message(ex.problems().stream().map(ApiError.Problem::of).toList()));
		}
		catch (RuntimeException | Error ex) {
			LOG.error("robustness analysis {} failed", job.id(), ex);
			settle(job, Status.FAILED, null, "the analysis failed; the error is in the server log");
		}
		finally {
			job.release();
		}
	}

	/** The place is given back first, so a caller who sees the job finished may start another at once. */
	private void settle(Job job, Status status, Finished finished, String error) {
		slots.release();
		job.end(status, finished, error, clock.instant());
	}

	private void forgetOld() {
		Instant cutoff = clock.instant().minus(KEPT);
		jobs.values().removeIf(job -> job.finishedAt() != null && job.finishedAt().isBefore(cutoff));
		List<Job> finished = jobs.values().stream().filter(job -> job.finishedAt() != null)
			.sorted(Comparator.comparing(Job::finishedAt).reversed()).toList();
		finished.stream().skip(FINISHED_KEPT).forEach(job -> jobs.remove(job.id()));
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

	/** One analysis: its request, how far it has got and how it ended. */
	static final class Job {

		private final String id;

		private final String owner;

		private final String scenario;

		private final RobustnessRequest request;

		private final boolean record;

		private final Instant startedAt;

		private final AtomicInteger done = new AtomicInteger();

		private volatile Status status = Status.RUNNING;

		private volatile Finished finished;

		private volatile String error;

		private volatile Instant finishedAt;

		/** The thread running the analysis while it runs, so a cancel interrupts it and nothing else. */
		private Thread worker;

		private Job(String id, String owner, String scenario, RobustnessRequest request, boolean record, Instant startedAt) {
			this.id = id;
			this.owner = owner;
			this.scenario = scenario;
			this.request = request;
			this.record = record;
			this.startedAt = startedAt;
		}

		/** Once a recorded job starts writing its record it finishes: a cancel then would misreport what was stored. */
		private boolean recording;

		/**
		 * Stops the analysis: its result, if it finishes anyway, is dropped. A finished job, or one already writing its
		 * record, stays as it is.
		 */
		synchronized void cancel(Instant at) {
			if (status == Status.RUNNING && !recording) {
				finishedAt = at;
				status = Status.CANCELLED;
				if (worker != null) {
					worker.interrupt();
				}
			}
		}

		private synchronized boolean claim() {
			if (status != Status.RUNNING) {
				return false;
			}
			worker = Thread.currentThread();
			return true;
		}

		private synchronized void release() {
			worker = null;
			// a cancel that came as the work ended must not interrupt the pool's next job
			Thread.interrupted();
		}

		private synchronized void end(Status to, Finished result, String message, Instant at) {
			if (status == Status.RUNNING) {
				finished = result;
				error = message;
				finishedAt = at;
				// last: a reader who sees the status sees what came with it
				status = to;
			}
		}

		private RobustnessAnalysis.Progress progress() {
			return new RobustnessAnalysis.Progress() {
				@Override
				public void advanced(int count, int total) {
					Job.this.advanced(count, total);
				}

				@Override
				public void recording() {
					Job.this.startRecording();
				}
			};
		}

		private synchronized void startRecording() {
			if (status != Status.RUNNING) {
				throw new CancellationException("cancelled before its record was written");
			}
			recording = true;
		}

		private void advanced(int count, int total) {
			// told from several threads, not necessarily in order
			done.accumulateAndGet(count, Math::max);
		}

		String id() {
			return id;
		}

		String owner() {
			return owner;
		}

		String scenario() {
			return scenario;
		}

		RobustnessRequest request() {
			return request;
		}

		boolean record() {
			return record;
		}

		Instant startedAt() {
			return startedAt;
		}

		Status status() {
			return status;
		}

		int done() {
			return status == Status.DONE ? request.samples() : done.get();
		}

		Finished finished() {
			return finished;
		}

		String error() {
			return error;
		}

		Instant finishedAt() {
			return finishedAt;
		}
	}
}
