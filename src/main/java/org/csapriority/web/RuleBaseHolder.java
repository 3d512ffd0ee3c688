package org.csapriority.web;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.csapriority.engine.RuleBase;

/**
 * The rule base being served. A reload compiles the rules folder afresh and swaps only on success, so a
 * broken edit on disk never stops the workshop: requests keep the rules they started with.
 */
@Component
public class RuleBaseHolder {

	private final WebSettings settings;

	private final AtomicReference<RuleBase> current;

	RuleBaseHolder(WebSettings settings, ObjectProvider<RuleBase> compiledAtStartup) {
		this.settings = settings;
		RuleBase startup = compiledAtStartup.getIfAvailable();
		this.current = new AtomicReference<>(startup != null ? startup : RuleBase.load(settings.rules()));
	}

	public RuleBase current() {
		return current.get();
	}

	/** Compiles the rules folder and serves it; throws InvalidInputException and keeps the old rules when it fails. */
	public synchronized RuleBase reload() {
		RuleBase fresh = RuleBase.load(settings.rules());
		current.set(fresh);
		return fresh;
	}
}
