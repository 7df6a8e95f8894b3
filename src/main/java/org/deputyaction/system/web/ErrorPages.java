package org.deputyaction.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;

import org.deputyaction.system.AccessRefused;
import org.deputyaction.system.NotFoundException;
import org.deputyaction.system.OutOfScopeException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Friendly error pages in the user's language for what controllers throw: never a stack
 * trace. Access denial stays with Spring Security, which forwards here.
 */
@ControllerAdvice
@Controller
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

	static final String UNAVAILABLE_VIEW = "error/503";

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final DatabaseReachability database;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ErrorPages(DatabaseReachability database, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.database = database;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Not found, or out of the user's scope: the same page and status for both; only the
	 * audit of refusals hears about the second.
	 */
	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	String notFound(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex instanceof OutOfScopeException) {
			this.events.publishEvent(AccessRefused.of(AccessRefused.Kind.OUT_OF_SCOPE, request, this.clock.instant()));
		}
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "error/404";
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			IllegalArgumentException.class, BindException.class, HandlerMethodValidationException.class,
			ServletRequestBindingException.class, TypeMismatchException.class, HttpMessageNotReadableException.class,
			MissingServletRequestPartException.class, MultipartException.class })
	String badRequest(Exception ex, HttpServletResponse response, Model model) {
		log.debug("Bad request", ex);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
		return "error";
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	String methodNotAllowed(HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
		model.addAttribute("status", HttpServletResponse.SC_METHOD_NOT_ALLOWED);
		return "error";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		return "error/413";
	}

	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class, PessimisticLockingFailureException.class })
	String conflict(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return "error/409";
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void rethrowForSecurity(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			JDBCConnectionException.class })
	String databaseUnavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		log.warn("Database unavailable while serving {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", DatabaseUnavailableFilter.RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		return UNAVAILABLE_VIEW;
	}

	/**
	 * Anything else is a server error, except a client that went away while its answer
	 * was being written (a browser leaving a page mid-download): nothing is left to
	 * answer, so nothing is rendered and nothing logged as an error.
	 */
	@ExceptionHandler(Exception.class)
	ModelAndView serverError(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			log.debug("Client went away while {} {} was answered", request.getMethod(), request.getRequestURI());
			return null;
		}
		if (this.database.explains(ex)) {
			return new ModelAndView(databaseUnavailable(ex, request, response));
		}
		log.error("Unhandled error", ex);
		response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		return new ModelAndView("error/500");
	}

	@GetMapping("/access-denied")
	String accessDenied(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "error/403";
	}

}
