package org.deputyaction.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.suggestion.AdminCommands.CreateCategory;
import org.deputyaction.suggestion.AdminCommands.UpdateCategory;
import org.deputyaction.suggestion.internal.SuggestionCategoryRepository;
import org.deputyaction.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The two-level list of suggestion categories: everyone reads it, administrators edit it.
 */
@Service
@Validated
@Transactional
public class CategoryService {

	private final SuggestionCategoryRepository categories;

	CategoryService(SuggestionCategoryRepository categories) {
		this.categories = categories;
	}

	/** Top-level categories in order, each with its children; one statement. */
	@Transactional(readOnly = true)
	public List<CategoryNode> tree(boolean activeOnly) {
		List<SuggestionCategory> all = this.categories.findAllByOrderBySortOrderAscIdAsc()
			.stream()
			.filter((c) -> !activeOnly || c.isActive())
			.toList();
		List<CategoryNode> tree = new ArrayList<>();
		for (SuggestionCategory top : all) {
			if (top.isTopLevel()) {
				tree.add(new CategoryNode(top.getId(), top.getVersion(), top.getCode(), top.getName(),
						top.getSortOrder(), top.isActive(),
						all.stream()
							.filter((c) -> Objects.equals(c.getParentId(), top.getId()))
							.map((c) -> new CategoryNode(c.getId(), c.getVersion(), c.getCode(), c.getName(),
									c.getSortOrder(), c.isActive(), List.of()))
							.toList()));
			}
		}
		return tree;
	}

	public SuggestionCategory create(@Valid CreateCategory command, CurrentUser user) {
		LoopScope.require(user.is(Role.ADMIN));
		if (command.parentId() != null) {
			SuggestionCategory parent = this.categories.findById(command.parentId())
				.orElseThrow(NotFoundException::new);
			if (!parent.isTopLevel()) {
				throw new LoopRuleViolation("loop.rule.categoryTooDeep");
			}
		}
		if (this.categories.existsByCode(command.code())) {
			throw new LoopRuleViolation("loop.rule.categoryCodeTaken", command.code());
		}
		return this.categories.saveAndFlush(new SuggestionCategory(command.parentId(), command.code(),
				command.name().strip(), command.sortOrder()));
	}

	public SuggestionCategory update(@Valid UpdateCategory command, CurrentUser user) {
		LoopScope.require(user.is(Role.ADMIN));
		SuggestionCategory category = this.categories.findById(command.categoryId())
			.orElseThrow(NotFoundException::new);
		if (category.getVersion() != command.version()) {
			throw new ConcurrentChangeException(SuggestionCategory.class, category.getId(), command.version(),
					category.getVersion());
		}
		category.change(command.name().strip(), command.sortOrder(), command.active());
		this.categories.flush();
		return category;
	}

	/**
	 * A category with its children (none below the second level).
	 */
	public record CategoryNode(Long id, long version, String code, String name, int sortOrder, boolean active,
			List<CategoryNode> children) {

	}

}
