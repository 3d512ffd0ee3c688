package org.csapriority.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.web.RobustnessApiTest.awaitUntil;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.sensitivity.RobustnessRequest;
import org.csapriority.web.RobustnessJobs.Finished;
import org.csapriority.web.RobustnessJobs.Job;
import org.csapriority.web.RobustnessJobs.Status;

/** The jobs themselves, with work that is not an analysis: how they end, and how long they are kept. */
class RobustnessJobsTest {

	private final MovableClock clock = new MovableClock();

	private final RobustnessJobs jobs = new RobustnessJobs(clock);

	@AfterEach
	void stop() {
		jobs.destroy();
	}

	@Test
	void aFinishedJobIsKeptForHalfAnHourThenDropped() {
		Job job = jobs.start("wg", "s.yaml", RobustnessRequest.of(10, 1), false, progress -> {
			progress.advanced(10, 10);
			return new Finished(null, null, null);
		});
		awaitUntil(() -> job.status() == Status.DONE, "the job done");
		assertThat(job.done()).isEqualTo(10);
		clock.move(Duration.ofMinutes(RobustnessJobs.KEPT_MINUTES - 1));
		assertThat(jobs.job(job.id())).contains(job);
		clock.move(Duration.ofMinutes(2));
		assertThat(jobs.job(job.id())).isEmpty();
	}

	@Test
	void badInputFoundByTheWorkFailsTheJobWithTheProblemAndFreesItsPlace() {
		Job job = jobs.start("wg", "s.yaml", RobustnessRequest.of(10, 1), false, progress -> {
			throw new InvalidInputException(List.of(new InputProblem("policy.yaml", 12, "ranges.weights", "no range")));
		});
		awaitUntil(() -> job.status() == Status.FAILED, "the job failed");
		assertThat(job.error()).isEqualTo("policy.yaml:12 ranges.weights: no range");
		assertThat(jobs.running()).isZero();
	}

	@Test
	void aCancelInterruptsTheWorkAndALateResultIsDropped() {
		CountDownLatch started = new CountDownLatch(1);
		Job job = jobs.start("wg", "s.yaml", RobustnessRequest.of(10, 1), false, progress -> {
			started.countDown();
			try {
				new CountDownLatch(1).await();
			}
			catch (InterruptedException ex) {
				// as the analysis does: stop, and hand back what was done so far, which must not show
				return new Finished(null, "run-1", null);
			}
			throw new AssertionError("not interrupted");
		});
		awaitUntil(() -> started.getCount() == 0, "the work started");
		job.cancel(clock.instant());
		awaitUntil(() -> jobs.running() == 0, "the work stopped");
		assertThat(job.status()).isEqualTo(Status.CANCELLED);
		assertThat(job.finished()).isNull();
	}

	@Test
	void aCancelThatComesOnceTheRecordIsBeingWrittenLetsTheJobFinish() {
		CountDownLatch recording = new CountDownLatch(1);
		CountDownLatch cancelled = new CountDownLatch(1);
		Job job = jobs.start("wg", "s.yaml", RobustnessRequest.of(10, 1), true, progress -> {
			progress.recording();
			recording.countDown();
			try {
				cancelled.await();
			}
			catch (InterruptedException ex) {
				throw new AssertionError("a job writing its record was interrupted");
			}
			return new Finished(null, "run-7", null);
		});
		awaitUntil(() -> recording.getCount() == 0, "the record being written");
		job.cancel(clock.instant());
		cancelled.countDown();
		awaitUntil(() -> job.status() == Status.DONE, "the job done");
		assertThat(job.finished().runId()).isEqualTo("run-7");
	}

	@Test
	void aJobCancelledBeforeItsRecordIsWrittenWritesNone() {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch cancelled = new CountDownLatch(1);
		java.util.concurrent.atomic.AtomicBoolean wrote = new java.util.concurrent.atomic.AtomicBoolean();
		Job job = jobs.start("wg", "s.yaml", RobustnessRequest.of(10, 1), true, progress -> {
			started.countDown();
			try {
				cancelled.await();
			}
			catch (InterruptedException ex) {
				// as a run whose last sample was done when the cancel came: on to recording, which must refuse
				Thread.currentThread().interrupt();
			}
			progress.recording();
			wrote.set(true);
			return new Finished(null, "run-8", null);
		});
		awaitUntil(() -> started.getCount() == 0, "the work started");
		job.cancel(clock.instant());
		awaitUntil(() -> jobs.running() == 0, "the work stopped");
		assertThat(job.status()).isEqualTo(Status.CANCELLED);
		assertThat(wrote).isFalse();
	}

	private static final class MovableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-01-15T10:00:00Z");

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
