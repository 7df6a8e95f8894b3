package org.deputyaction.suggestion;

import java.util.List;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;

import org.springframework.context.ApplicationContext;

/**
 * Items at a given point of the loop, made through the services as users would.
 */
public final class LoopScenarios {

	private LoopScenarios() {
	}

	public static ProblemView found(ApplicationContext context, LoopFixture f) {
		return context.getBean(ProblemService.class)
			.record(new RecordProblem(LoopFixture.token(), f.station.getId(), "村道破损", "村道多处坑洼。", ProblemSource.VISIT,
					java.time.LocalDate.now(context.getBean(java.time.Clock.class)), "周女士", "13900000000", List.of()),
					f.staff);
	}

	public static SuggestionDetail proposed(ApplicationContext context, LoopFixture f) {
		ProblemView problem = found(context, f);
		return context.getBean(SuggestionService.class)
			.propose(new ProposeSuggestion(LoopFixture.token(), List.of(problem.id()), null, "关于修复村道的建议", "建议尽快修复村道。",
					f.categoryId, AdministrativeLevel.COUNTY, "第十届", f.leadDeputy.getId(), List.of(f.coSigner.getId()),
					true, List.of()), f.staff);
	}

	public static SuggestionDetail assigned(ApplicationContext context, LoopFixture f, List<Long> assistingUnitIds) {
		SuggestionDetail s = proposed(context, f);
		return context.getBean(AssignmentService.class)
			.assign(new AssignSuggestion(s.id(), s.version(), f.leadUnit.getId(), assistingUnitIds, null, null),
					f.staff);
	}

}
