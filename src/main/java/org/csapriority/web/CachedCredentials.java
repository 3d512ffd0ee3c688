package org.csapriority.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers successful sign-ins for a few minutes. An API client sends its password with every request, and
 * checking a bcrypt hash takes tens of milliseconds by design; without this, twenty clients would spend the
 * machine on hashing. Only a keyed hash of the password is kept (the key is random per run), failures are
 * never remembered, so guessing stays as slow as bcrypt makes it.
 */
final class CachedCredentials implements AuthenticationProvider {

	private static final long TTL_NANOS = 5L * 60 * 1_000_000_000;

	private static final int MAX_ENTRIES = 1_000;

	private record Remembered(Authentication result, long expires) {
	}

	private final AuthenticationProvider delegate;

	private final byte[] key = new byte[32];

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	CachedCredentials(AuthenticationProvider delegate) {
		this.delegate = delegate;
		new SecureRandom().nextBytes(key);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (!(authentication.getCredentials() instanceof String password)) {
			return delegate.authenticate(authentication);
		}
		String cacheKey = authentication.getName() + '\0' + mac(password);
		long now = System.nanoTime();
		Remembered hit = remembered.get(cacheKey);
		if (hit != null && now - hit.expires() < 0) {
			return hit.result();
		}
		Authentication result = delegate.authenticate(authentication);
		if (result != null && result.isAuthenticated()) {
			if (remembered.size() >= MAX_ENTRIES) {
				remembered.clear();
			}
			UsernamePasswordAuthenticationToken kept = UsernamePasswordAuthenticationToken.authenticated(result.getPrincipal(),
					null, result.getAuthorities());
			remembered.put(cacheKey, new Remembered(kept, now + TTL_NANOS));
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return delegate.supports(authentication);
	}

	private String mac(String password) {
		return HexFormat.of().formatHex(macs.get().doFinal(password.getBytes(StandardCharsets.UTF_8)));
	}

	/** A Mac is not thread-safe, and looking one up costs more than using it: one per request thread. */
	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
