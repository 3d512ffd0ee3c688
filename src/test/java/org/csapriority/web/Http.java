package org.csapriority.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real HTTP calls to the test server, as an API client makes them: Basic credentials, JSON bodies. */
final class Http {

	static final String ADMIN = "admin:admin-secret";

	static final String WORKING_GROUP = "wg:wg-secret";

	static final String AUDITOR = "auditor:auditor-secret";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String base;

	Http(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	record Response(int status, String body, java.net.http.HttpHeaders headers) {

		JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException ex) {
				throw new AssertionError("not JSON (" + status + "): " + body, ex);
			}
		}
	}

	Response get(String path, String credentials) {
		return send("GET", path, credentials, null, false);
	}

	Response post(String path, String credentials, String json) {
		return send("POST", path, credentials, json, false);
	}

	/** The body without a declared length, as a chunked upload. */
	Response postChunked(String path, String credentials, String json) {
		return send("POST", path, credentials, json, true);
	}

	Response send(String method, String path, String credentials, String json, boolean chunked, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
		if (credentials != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		if (json == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
			if (headers.length == 0 || !java.util.Arrays.asList(headers).contains("Content-Type")) {
				request.header("Content-Type", "application/json");
			}
			request.method(method, chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
					: HttpRequest.BodyPublishers.ofByteArray(bytes));
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
