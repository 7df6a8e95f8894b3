package org.deputyaction.publication.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public "about" page: what the closed loop and the three lists are and how a voter
 * raises a problem. It reads nothing from the database (nor does the public layout), so
 * it also serves as the benchmarks' baseline: the stack's own cost of rendering a page.
 */
@Controller
class AboutController {

	static final String VIEW = "publication/about";

	@GetMapping("/public/about")
	String about() {
		return VIEW;
	}

}
