package org.csapriority.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.csapriority.audit.AuditService;
import org.csapriority.audit.Recorded;
import org.csapriority.audit.RunRequest;
import org.csapriority.sensitivity.RobustnessAnalysis;
import org.csapriority.sensitivity.RobustnessResult;
import org.csapriority.sensitivity.Uncertainty;
import org.csapriority.web.RobustnessJobs.Finished;
import org.csapriority.web.RobustnessJobs.Job;

/**
 * How robust a recommendation is, as a background job: thousands of plausible worlds take seconds to minutes,
 * so the start answers at once and the caller polls for progress and the result.
 */
@RestController
@Tag(name = "Robustness", description = "Monte Carlo robustness of a recommendation: how often each item keeps its "
		+ "outcome and rank when the uncertain inputs are drawn within their plausible ranges")
class RobustnessController {

	private final ScenarioService scenarios;

	private final RobustnessJobs jobs;

	private final AuditService audit;

	private final RoleHierarchy roles;

	RobustnessController(ScenarioService scenarios, RobustnessJobs jobs, AuditService audit, RoleHierarchy roles) {
		this.scenarios = scenarios;
		this.jobs = jobs;
		this.audit = audit;
		this.roles = roles;
	}

	/** A job as the API shows it; result, run, notRecordedReason and error only where they apply. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record JobView(String id, RobustnessJobs.Status status, String scenario, int samples, long seed,
			List<Uncertainty> vary, boolean record, int done, int total, String startedBy, Instant startedAt,
			Instant finishedAt, RobustnessResult result, String run, String notRecordedReason, String error) {

		static JobView of(Job job) {
			// the status first: what is read after it is at least as new
			RobustnessJobs.Status status = job.status();
			Finished finished = job.finished();
			return new JobView(job.id(), status, job.scenario(), job.request().samples(), job.request().seed(),
					job.request().vary().stream().sorted().toList(), job.record(), job.done(), job.request().samples(),
					job.owner(), job.startedAt(), job.finishedAt(), finished == null ? null : finished.result(),
					finished == null ? null : finished.runId(), finished == null ? null : finished.notRecordedReason(),
					job.error());
		}
	}

	@PostMapping(path = "/api/scenarios/{name}/robustness", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Start a robustness analysis of the scenario (with any what-if changes) in the background",
			description = "Body: {\"samples\": 10000, \"seed\": 42, \"vary\": [\"scores\", \"districts\", \"weights\", "
					+ "\"thresholds\"], \"changes\": [...as for /whatif], \"record\": false}. samples 1 to 1,000,000 "
					+ "(default 10,000); the same seed and samples give the same figures; vary defaults to every kind; "
					+ "record stores the run with its robustness figures in the audit trail. 202 with the job and its "
					+ "Location, to poll with GET /api/robustness/{id}; 400 naming the field for a bad samples, seed or "
					+ "vary, before anything starts; 503 while " + RobustnessJobs.AT_ONCE + " analyses are running.")
	ResponseEntity<JobView> start(@Parameter(description = "A name from GET /api/scenarios") @PathVariable String name,
			@RequestBody JsonNode body, Authentication user) {
		RobustnessAsk ask = RobustnessAsk.parse(body);
		// the scenario and changes are checked here, so a bad change is refused before anything starts
		RunRequest run = scenarios.runRequest(name, body, user.getName(), ask.request());
		ScenarioService.Subject subject = scenarios.subject(run);
		// ranges and confidence levels that cannot be sampled are refused now, not reported by a failed job
		RobustnessAnalysis.check(subject.scenario(), subject.rules(), ask.request());
		// recording needs no check of its own: this path already needs the role that records runs
		RobustnessJobs.Work work = ask.record() ? progress -> recorded(audit.run(run, progress))
				: progress -> new Finished(RobustnessAnalysis.run(subject.scenario(), subject.rules(), ask.request(),
						Runtime.getRuntime().availableProcessors(), progress), null, null);
		Job job = jobs.start(user.getName(), name, ask.request(), ask.record(), work);
		return ResponseEntity.accepted().location(URI.create("/api/robustness/" + job.id())).body(JobView.of(job));
	}

	@GetMapping(path = "/api/robustness/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A robustness job: running with its progress (done of total samples), or done with its result "
			+ "(and the run it was recorded as, or why not), failed with the reason, or cancelled",
			description = "Finished jobs are kept for " + RobustnessJobs.KEPT_MINUTES + " minutes.")
	JobView job(@PathVariable String id) {
		return JobView.of(find(id));
	}

	@DeleteMapping(path = "/api/robustness/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Cancel a running robustness job (whoever started it, or an admin); a finished job stays as it was")
	JobView cancel(@PathVariable String id, Authentication user) {
		Job job = find(id);
		if (!job.owner().equals(user.getName()) && !Roles.has(roles, user, Roles.ADMIN)) {
			String message = "only " + job.owner() + ", who started this analysis, or an admin may cancel it";
			throw new ApiException(HttpStatus.FORBIDDEN, message, List.of(new ApiError.Problem("role", message)));
		}
		job.cancel(jobs.now());
		return JobView.of(job);
	}

	private static Finished recorded(Recorded recorded) {
		return new Finished(recorded.robustness(), recorded.recorded() ? recorded.record().runId() : null,
				recorded.notRecordedReason());
	}

	private Job find(String id) {
		return jobs.job(id).orElseThrow(() -> ApiException.notFound("id", "no robustness analysis '" + id
				+ "': it never started here, or finished more than " + RobustnessJobs.KEPT_MINUTES + " minutes ago"));
	}
}
