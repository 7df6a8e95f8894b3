package org.deputyaction.security;

import java.beans.PropertyDescriptor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.deputyaction.account.Role;
import org.deputyaction.security.AuthorizationMatrixTests.Caller;
import org.deputyaction.security.ScopeFixture.Place;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Hostile input on every form and parameter: for every endpoint, the fields of its
 * handler's request parameters and form objects are filled with oversize text, control
 * characters, broken Unicode, HTML and script, SQL metacharacters and values of the wrong
 * type; ids in addresses with letters and huge numbers; forms without or with a wrong
 * CSRF token. Each answer must be a page or a clear 4xx, never a server error, and never
 * the script sent echoed unescaped.
 */
@IntegrationTest
class HostileInputTests {

	/**
	 * Anonymous voters' forms that Spring Security's CSRF check leaves out
	 * (SecurityConfiguration.ONLINE_FORMS): a signed form token protects them instead.
	 */
	static final java.util.Set<String> SIGNED_FORMS = java.util.Set
		.of("/public/{segment:stations|homes}/{code}/problems/new", "/public/issues/{trackingNumber}");

	static final String SCRIPT = "<script>window.__pwned=1</script><img src=x onerror=alert(1)>";

	/** One kind of hostile value, for text fields and for typed fields. */
	record Payload(String name, String text, Function<Class<?>, String> typed) {
	}

	static final List<Payload> PAYLOADS = List.of(
			new Payload("oversize", "长".repeat(20_000), (type) -> "9".repeat(400)),
			new Payload("control characters", "a\u0000b\u0007c\u001b", (type) -> "1\u0000"),
			new Payload("broken unicode", "\uFFFD\uD800x", (type) -> "\uD800"),
			new Payload("script", SCRIPT, (type) -> SCRIPT),
			new Payload("sql", "' OR '1'='1'; drop table suggestion; --", (type) -> "1 OR 1=1"),
			new Payload("wrong type", "", HostileInputTests::wrongType));

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	AuthorizationMatrixTests endpoints;

	@BeforeEach
	void setUp() {
		this.endpoints = new AuthorizationMatrixTests();
		this.endpoints.context = this.context;
		this.endpoints.mapping = this.mapping;
		this.endpoints.setUp();
	}

	@Test
	void hostileValuesInEveryFieldGetAPageOrAClearRefusalNeverAServerError() throws Exception {
		Map<String, EnumSet<Caller>> matrix = AuthorizationMatrixTests.matrix();
		List<String> wrong = new ArrayList<>();
		int calls = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mapping.getHandlerMethods().entrySet()) {
			for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
				for (String pattern : entry.getKey().getPathPatternsCondition().getPatternValues()) {
					EnumSet<Caller> allowed = matrix.get(method.name() + " " + pattern);
					if (allowed == null || allowed.isEmpty()) {
						continue;
					}
					Caller caller = caller(allowed);
					Map<String, Class<?>> fields = fields(entry.getValue());
					String uri = this.endpoints.fill(pattern, this.endpoints.fixture.at(Place.OWN), Place.OWN);
					if (!fields.isEmpty()) {
						for (Payload payload : PAYLOADS) {
							MockHttpServletRequestBuilder request = request(method, uri, caller);
							fields.forEach((name, type) -> request.param(name,
									(type == String.class) ? payload.text() : payload.typed().apply(type)));
							calls++;
							check(wrong, method, pattern, payload.name(),
									this.mvc.perform(request).andReturn().getResponse());
						}
					}
					for (String badId : badIds(pattern)) {
						calls++;
						check(wrong, method, pattern, "id " + badId,
								this.mvc.perform(request(method, badId, caller)).andReturn().getResponse());
					}
					if (method == RequestMethod.POST) {
						calls += 2;
						expectForbidden(wrong, pattern, "no CSRF token",
								this.mvc.perform(withCaller(MockMvcRequestBuilders.post(uri), caller))
									.andReturn()
									.getResponse());
						expectForbidden(wrong, pattern, "wrong CSRF token", this.mvc
							.perform(
									withCaller(MockMvcRequestBuilders.post(uri), caller).with(csrf().useInvalidToken()))
							.andReturn()
							.getResponse());
					}
				}
			}
		}
		assertThat(wrong)
			.as("%d of %d hostile requests were mishandled:%n  %s%n", wrong.size(), calls, String.join("\n  ", wrong))
			.isEmpty();
	}

	private void check(List<String> wrong, RequestMethod method, String pattern, String payload,
			MockHttpServletResponse response) throws Exception {
		int status = response.getStatus();
		if (status >= 500) {
			wrong.add("%-5s %-58s %-20s: server error %d".formatted(method, pattern, payload, status));
		}
		else if (response.getContentAsString().contains("<script>window.__pwned")) {
			wrong.add("%-5s %-58s %-20s: the script came back unescaped".formatted(method, pattern, payload));
		}
	}

	private static void expectForbidden(List<String> wrong, String pattern, String what,
			MockHttpServletResponse response) {
		if (SIGNED_FORMS.contains(pattern)) {
			// a voter's anonymous form carries a signed timestamp instead of a CSRF token
			// (docs/online.md): without it the form is refused as incomplete
			if (response.getStatus() < 400 || response.getStatus() >= 500) {
				wrong.add(
						"POST  %-58s %-20s: expected a refusal, got %d".formatted(pattern, what, response.getStatus()));
			}
			return;
		}
		if (response.getStatus() != 403) {
			wrong.add("POST  %-58s %-20s: expected 403, got %d".formatted(pattern, what, response.getStatus()));
		}
	}

	/** The address with a numeric id replaced by letters, and by a number too large. */
	private List<String> badIds(String pattern) {
		if (!pattern.contains("{id}") && !pattern.contains("{attachmentId}") && !pattern.contains("{code}")
				&& !pattern.contains("{reference}")) {
			return List.of();
		}
		String own = this.endpoints.fill(pattern, this.endpoints.fixture.at(Place.OWN), Place.OWN);
		String sample = pattern.replaceAll("\\{(id|attachmentId|code|reference)(:[^}]*)?}", "\u0001");
		List<String> result = new ArrayList<>();
		for (String bad : List.of("abc", "99999999999999999999999", "%3Cscript%3E", "-1")) {
			String filled = this.endpoints.fill(sample.replace("\u0001", bad), this.endpoints.fixture.at(Place.OWN),
					Place.OWN);
			if (!filled.equals(own)) {
				result.add(filled);
			}
		}
		return result;
	}

	private MockHttpServletRequestBuilder request(RequestMethod method, String uri, Caller caller) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method.name()), uri);
		if (method != RequestMethod.GET) {
			request.with(csrf());
		}
		return withCaller(request, caller);
	}

	private MockHttpServletRequestBuilder withCaller(MockHttpServletRequestBuilder request, Caller caller) {
		request.with((r) -> {
			r.setRemoteAddr("10.97.0." + (1 + caller.ordinal()));
			return r;
		});
		if (caller.role != null) {
			request.with(user(this.endpoints.fixture.user(caller.role)));
		}
		return request;
	}

	private static Caller caller(EnumSet<Caller> allowed) {
		for (Caller preferred : List.of(Caller.STAFF, Caller.OFFICE, Caller.DEPUTY, Caller.UNIT, Caller.ADMIN,
				Caller.ANONYMOUS)) {
			if (allowed.contains(preferred)) {
				return preferred;
			}
		}
		throw new IllegalStateException("no caller");
	}

	/**
	 * The request fields a handler reads: its request parameters, and the properties of
	 * its form objects, with their types (a list's element type).
	 */
	static Map<String, Class<?>> fields(HandlerMethod handler) {
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				if (name != null && !Map.class.isAssignableFrom(type)) {
					fields.put(name, elementType(ResolvableType.forMethodParameter(parameter)));
				}
				continue;
			}
			if (parameter.hasParameterAnnotation(PathVariable.class)) {
				continue;
			}
			boolean form = parameter.hasParameterAnnotation(ModelAttribute.class)
					|| (!BeanUtils.isSimpleProperty(type) && type.getName().startsWith("org.deputyaction"));
			if (form) {
				for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
					if (property.getWriteMethod() != null) {
						fields.put(property.getName(), elementType(
								ResolvableType.forMethodParameter(new MethodParameter(property.getWriteMethod(), 0))));
					}
				}
			}
		}
		fields.values().removeIf((type) -> MultipartFile.class.isAssignableFrom(type));
		return fields;
	}

	private static Class<?> elementType(ResolvableType type) {
		if (Collection.class.isAssignableFrom(type.toClass())) {
			return type.asCollection().getGeneric(0).toClass();
		}
		return type.toClass();
	}

	static String wrongType(Class<?> type) {
		if (type == LocalDate.class || type == LocalDateTime.class || type == YearMonth.class) {
			return "2026-02-30";
		}
		if (type.isEnum()) {
			return "NOT_A_VALUE";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "perhaps";
		}
		if (type == UUID.class) {
			return "not-a-uuid";
		}
		return "abc";
	}

}
