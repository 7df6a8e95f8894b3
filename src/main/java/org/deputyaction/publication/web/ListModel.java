package org.deputyaction.publication.web;

import java.util.List;

import org.deputyaction.publication.internal.ListColumns;
import org.deputyaction.publication.internal.ListFilter;
import org.deputyaction.publication.internal.ListKind;
import org.deputyaction.publication.internal.ListQueries;
import org.deputyaction.publication.internal.ListScope;
import org.deputyaction.publication.internal.Period;
import org.deputyaction.suggestion.CategoryService;
import org.deputyaction.suggestion.DeadlineState;
import org.deputyaction.suggestion.LoopStatus;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Puts one of the three lists on a page: the chosen list's page of rows, its columns, the
 * filter's choices and the addresses of the tabs, pages and exports.
 */
@Component
class ListModel {

	static final List<LoopStatus> STATUSES = List.of(LoopStatus.PROPOSED, LoopStatus.ASSIGNED, LoopStatus.SUPERVISED,
			LoopStatus.FED_BACK, LoopStatus.CLOSED);

	private final ListQueries queries;

	private final CategoryService categories;

	ListModel(ListQueries queries, CategoryService categories) {
		this.queries = queries;
		this.categories = categories;
	}

	void addList(Model model, ListScope scope, String list, ListFilter filter, String basePath,
			boolean showVenueColumn) {
		ListKind kind = PublicListsController.listKind(list);
		ListFilter f = (filter != null) ? filter : ListFilter.none();
		if (kind != ListKind.ASSIGNMENTS && f.deadline() != null) {
			f = new ListFilter(f.status(), f.category(), f.period(), null, f.page());
		}
		model.addAttribute("filter", f);
		model.addAttribute("list", kind);
		model.addAttribute("lists", ListKind.values());
		model.addAttribute("headers", ListColumns.headerKeys(kind));
		model.addAttribute("page", switch (kind) {
			case SUGGESTIONS -> this.queries.suggestions(scope, f);
			case ASSIGNMENTS -> this.queries.assignments(scope, f);
			case RESULTS -> this.queries.results(scope, f);
		});
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("deadlines", List.of(DeadlineState.NEAR_DUE, DeadlineState.OVERDUE));
		model.addAttribute("categories", this.categories.tree(true));
		model.addAttribute("periods", Period.choices(this.queries.today()));
		model.addAttribute("links", new Links(basePath, kind, f));
		model.addAttribute("showVenueColumn", showVenueColumn);
		model.addAttribute("showPublicColumn", scope.includeNonPublic());
	}

	/**
	 * The addresses of a list's tabs, pages and exports, keeping the filter.
	 */
	record Links(String basePath, ListKind list, ListFilter filter) {

		public String tab(ListKind kind) {
			return query(UriComponentsBuilder.fromPath(this.basePath).queryParam("list", kind.slug()), kind, null);
		}

		public String page(int page) {
			return query(UriComponentsBuilder.fromPath(this.basePath).queryParam("list", this.list.slug()), this.list,
					page);
		}

		public String export(String format) {
			return query(UriComponentsBuilder.fromPath(this.basePath + "/exports/" + this.list.slug() + "." + format),
					this.list, null);
		}

		public String unfiltered() {
			return UriComponentsBuilder.fromPath(this.basePath).queryParam("list", this.list.slug()).toUriString();
		}

		private String query(UriComponentsBuilder builder, ListKind kind, Integer page) {
			if (this.filter.status() != null) {
				builder.queryParam("status", this.filter.status().name());
			}
			if (this.filter.category() != null) {
				builder.queryParam("category", this.filter.category());
			}
			if (Period.parse(this.filter.period()).isPresent()) {
				builder.queryParam("period", this.filter.period());
			}
			if (kind == ListKind.ASSIGNMENTS && this.filter.deadline() != null) {
				builder.queryParam("deadline", this.filter.deadline().name());
			}
			if (page != null && page > 1) {
				builder.queryParam("page", page);
			}
			return builder.encode().toUriString();
		}

	}

}
