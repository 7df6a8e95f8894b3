package org.deputyaction.publication;

import org.deputyaction.support.OrganizationFixture;

import org.springframework.context.ApplicationContext;

/**
 * A station with items at every point of the loop, for tests outside this package (the
 * browser tests), which run on an application without the fixture beans.
 */
public final class PublicationFixtures {

	public static final String VOTER_PHONE = PublicationFixture.VOTER_PHONE;

	private PublicationFixtures() {
	}

	public static Station station(ApplicationContext context) {
		OrganizationFixture organization = context.getAutowireCapableBeanFactory()
			.createBean(OrganizationFixture.class);
		PublicationFixture f = new PublicationFixture(context, organization);
		return new Station("/public/stations/" + f.station.getCode(), f.station.getName(), f.proposed.number(),
				f.nearDue.number(), f.closed.number());
	}

	/**
	 * The station's live page and the numbers of its items.
	 */
	public record Station(String path, String name, String proposedNumber, String nearDueNumber, String closedNumber) {

	}

}
