package org.csapriority.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.csapriority.engine.Placing;
import org.csapriority.engine.RuleBase;
import org.csapriority.sensitivity.RobustnessResult.Shift;
import org.csapriority.sensitivity.RobustnessResult.TornadoBar;

/**
 * One-at-a-time sensitivity: each input at the low and the high end of its range with every other input as
 * stated, and for each item the inputs that move it most, those that change its outcome first.
 */
final class Tornado {

	/** Bars kept per item: the inputs beyond these move it less than the ones shown. */
	static final int BARS = 8;

	private Tornado() {
	}

	/** {@code checkpoint} runs before each setting: it throws to stop the pass. */
	static List<RobustnessResult.Tornado> of(List<SampleSpace.Setting> settings, World stated, RuleBase rules,
			List<Placing> placings, Runnable checkpoint) {
		Map<String, List<TornadoBar>> bars = new HashMap<>();
		Map<String, Placing> base = byId(placings);
		for (SampleSpace.Setting setting : settings) {
			checkpoint.run();
			Map<String, Placing> low = byId(RobustnessAnalysis.assess(setting.low(), rules));
			// a district left out is set against the stated world, which is already assessed
			Map<String, Placing> high = setting.high().scenario() == stated.scenario() && setting.high().policy() == stated.policy()
					? base : byId(RobustnessAnalysis.assess(setting.high(), rules));
			for (Placing item : placings) {
				Placing l = low.get(item.id());
				Placing h = high.get(item.id());
				double swing = Math.abs(h.rank() - l.rank()) + Math.abs(h.score() - l.score());
				boolean changes = l.outcome() != item.outcome() || h.outcome() != item.outcome();
				if (swing > 0 || changes) {
					bars.computeIfAbsent(item.id(), k -> new ArrayList<>()).add(new TornadoBar(setting.input(),
							setting.lowLabel(), setting.highLabel(), shift(l), shift(h), Math.round(swing * 1000) / 1000.0, changes));
				}
			}
		}
		List<RobustnessResult.Tornado> tornado = new ArrayList<>();
		for (Placing item : placings) {
			List<TornadoBar> mine = bars.getOrDefault(item.id(), List.of()).stream()
				.sorted(Comparator.comparing(TornadoBar::outcomeChanges).reversed()
					.thenComparing(Comparator.comparingDouble(TornadoBar::swing).reversed())
					.thenComparing(TornadoBar::input))
				.limit(BARS).toList();
			tornado.add(new RobustnessResult.Tornado(item.id(), mine));
		}
		return tornado;
	}

	private static Shift shift(Placing p) {
		return new Shift(p.outcome().id(), p.rank(), p.score());
	}

	private static Map<String, Placing> byId(List<Placing> placings) {
		Map<String, Placing> map = new HashMap<>();
		placings.forEach(p -> map.put(p.id(), p));
		return map;
	}
}
