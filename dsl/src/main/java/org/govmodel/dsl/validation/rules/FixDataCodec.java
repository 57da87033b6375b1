package org.govmodel.dsl.validation.rules;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Fix data as Xtext issue data ({@code String[]}), and back: the only code that
 * knows the encoding. Each value is one entry {@code component=value} (a list
 * gives one entry per element, in order; grammar enums travel as their literal,
 * other enums by name), after a first entry naming the format,
 * {@value #FORMAT}. Named entries keep the data readable across versions: a
 * reader ignores components it does not know, and a component it expects but
 * does not find is null (an empty list), so a quick fix declines rather than
 * misreads. Data without the format entry (written positionally by an older
 * version, e.g. a marker saved by a previous Eclipse plug-in) decodes to nothing.
 */
public final class FixDataCodec {

	/** The first entry of encoded data: the format and its version. */
	public static final String FORMAT = "govmodel-fix-data=1";

	private FixDataCodec() {
	}

	/** The issue data for a rule's fix data; null gives no data. */
	public static String[] encode(FixData data) {
		if (data == null) {
			return new String[0];
		}
		List<String> entries = new ArrayList<>();
		entries.add(FORMAT);
		for (RecordComponent component : components(data.getClass())) {
			Object value = read(component, data);
			if (value instanceof List<?> list) {
				list.forEach(element -> entries.add(component.getName() + "=" + text(element)));
			} else if (value != null) {
				entries.add(component.getName() + "=" + text(value));
			}
		}
		return entries.toArray(String[]::new);
	}

	/** The fix data of the given type from issue data, or nothing when the data is not in this format. */
	public static <T extends FixData> Optional<T> decode(Class<T> type, List<String> data) {
		if (data.isEmpty() || !data.get(0).equals(FORMAT)) {
			return Optional.empty();
		}
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (String entry : data.subList(1, data.size())) {
			int equals = entry.indexOf('=');
			if (equals > 0) {
				values.computeIfAbsent(entry.substring(0, equals), name -> new ArrayList<>()).add(entry.substring(equals + 1));
			}
		}
		RecordComponent[] components = components(type);
		Object[] arguments = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			List<String> texts = values.getOrDefault(components[i].getName(), List.of());
			types[i] = components[i].getType();
			if (types[i] == List.class) {
				Class<?> element = elementType(components[i]);
				arguments[i] = texts.stream().map(text -> value(element, text)).filter(Objects::nonNull).toList();
			} else {
				arguments[i] = texts.isEmpty() ? null : value(types[i], texts.get(0));
			}
		}
		try {
			Constructor<T> constructor = type.getDeclaredConstructor(types);
			return Optional.of(constructor.newInstance(arguments));
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("fix data " + type.getName() + " cannot be built from " + data, e);
		}
	}

	private static RecordComponent[] components(Class<?> type) {
		if (!type.isRecord()) {
			throw new IllegalArgumentException("fix data must be a record: " + type.getName());
		}
		return type.getRecordComponents();
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			return component.getAccessor().invoke(record);
		} catch (IllegalAccessException | InvocationTargetException e) {
			throw new IllegalStateException("cannot read " + component, e);
		}
	}

	private static String text(Object value) {
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return value.toString();
	}

	/** A component's value from its text: the text itself, a grammar enum by literal, another enum by name; null when unknown. */
	private static Object value(Class<?> type, String text) {
		if (type == String.class) {
			return text;
		}
		if (Enumerator.class.isAssignableFrom(type)) {
			try {
				Method get = type.getMethod("get", String.class); // EMF's generated lookup by literal
				return get.invoke(null, text);
			} catch (ReflectiveOperationException e) {
				throw new IllegalStateException("not a generated EMF enum: " + type.getName(), e);
			}
		}
		if (type.isEnum()) {
			for (Object constant : type.getEnumConstants()) {
				if (((Enum<?>) constant).name().equals(text)) {
					return constant;
				}
			}
			return null;
		}
		throw new IllegalArgumentException("fix data components are texts, enums or lists of them, not " + type.getName());
	}

	private static Class<?> elementType(RecordComponent component) {
		Type generic = component.getGenericType();
		if (generic instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		throw new IllegalArgumentException("a list in fix data names its element type: " + component);
	}
}
