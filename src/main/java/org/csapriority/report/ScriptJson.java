package org.csapriority.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON safe to place inside an HTML script element: the characters that could end the element or open markup
 * ({@code < > &}), quotes, and the two line separators JavaScript once refused are written as \\u escapes, so no
 * scenario text, however hostile, can break out of the chart data.
 */
final class ScriptJson {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	static {
		MAPPER.getFactory().setCharacterEscapes(new Escapes());
	}

	private ScriptJson() {
	}

	static String write(Object value) {
		try {
			return MAPPER.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("chart data could not be written as JSON", ex);
		}
	}

	private static final class Escapes extends CharacterEscapes {

		private final int[] table;

		Escapes() {
			table = standardAsciiEscapesForJSON();
			for (char c : new char[] { '<', '>', '&', '\'', '"' }) {
				table[c] = ESCAPE_STANDARD;
			}
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return table;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return ch == 0x2028 || ch == 0x2029 ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch))
					: null;
		}
	}
}
