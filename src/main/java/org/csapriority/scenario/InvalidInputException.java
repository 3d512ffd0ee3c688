package org.csapriority.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be used: a scenario, a rule file or the policy. Carries every problem found. */
public class InvalidInputException extends RuntimeException {

	private final transient List<InputProblem> problems;

	public InvalidInputException(List<InputProblem> problems) {
		super(problems.stream().map(InputProblem::toString).collect(Collectors.joining(System.lineSeparator())));
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(InputProblem problem) {
		this(List.of(problem));
	}

	public List<InputProblem> problems() {
		return problems;
	}
}
