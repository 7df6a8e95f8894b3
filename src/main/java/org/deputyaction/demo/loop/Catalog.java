package org.deputyaction.demo.loop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.deputyaction.organization.AdministrativeLevel;

import org.springframework.core.io.ClassPathResource;

/**
 * The texts of the demo items, read from {@code demo/loop-catalog.tsv}: the stories
 * (problem, suggestion and reply of one kind of matter), the seed article's examples
 * pinned to their places, and the reasons, comments and names the steps of the loop use.
 */
public final class Catalog {

	public static final String FILE = "demo/loop-catalog.tsv";

	/** One kind of matter, from the voter's problem to the unit's reply. */
	public record Story(String id, String category, AdministrativeLevel level, String leadDepartment,
			String assistingDepartment, String problemTitle, String problemDescription, String title, String content,
			String measures, String reply) {

		public boolean isSeed() {
			return this.id.startsWith("seed-");
		}

	}

	/**
	 * A seed example: its story at a venue, in a given scenario, led by a given deputy.
	 */
	public record Seed(String story, String venueCode, Scenario scenario, int deputyIndex) {
	}

	/** A problem that needs no suggestion: resolved on the spot or not admissible. */
	public record Settled(String title, String description, String reason) {
	}

	private final List<String> strip = new ArrayList<>();

	private final Map<AdministrativeLevel, String> terms = new EnumMap<>(AdministrativeLevel.class);

	private final Map<String, Story> stories = new HashMap<>();

	private final List<Story> ordinary = new ArrayList<>();

	private final List<Seed> seeds = new ArrayList<>();

	private final List<Settled> resolved = new ArrayList<>();

	private final List<Settled> declined = new ArrayList<>();

	private final Map<String, List<String>> texts = new HashMap<>();

	private Catalog() {
	}

	public static Catalog load() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Catalog parse(String text) {
		Catalog catalog = new Catalog();
		int number = 0;
		for (String line : text.split("\n")) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.strip().split("\t", -1);
			try {
				catalog.add(f);
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException(FILE + " line " + number + ": " + ex.getMessage(), ex);
			}
		}
		return catalog;
	}

	private void add(String[] f) {
		switch (f[0]) {
			case "STRIP" -> this.strip.add(f[1]);
			case "TERM" -> this.terms.put(AdministrativeLevel.valueOf(f[1]), f[2]);
			case "STORY" -> {
				Story story = new Story(f[1], f[2], AdministrativeLevel.valueOf(f[3]), f[4],
						f[5].isEmpty() ? null : f[5], f[6], f[7], f[8], f[9], f[10], f[11]);
				this.stories.put(story.id(), story);
				if (!story.isSeed()) {
					this.ordinary.add(story);
				}
			}
			case "SEED" -> this.seeds.add(new Seed(f[1], f[2], Scenario.valueOf(f[3]), Integer.parseInt(f[4])));
			case "RESOLVED" -> this.resolved.add(new Settled(f[1], f[2], f[3]));
			case "DECLINED" -> this.declined.add(new Settled(f[1], f[2], f[3]));
			case "TEXT" -> this.texts.computeIfAbsent(f[1], (k) -> new ArrayList<>()).add(f[2]);
			default -> throw new IllegalStateException("unknown record " + f[0]);
		}
	}

	public List<Story> ordinaryStories() {
		return this.ordinary;
	}

	public Story story(String id) {
		Story story = this.stories.get(id);
		if (story == null) {
			throw new IllegalStateException("no story " + id);
		}
		return story;
	}

	public List<Seed> seeds() {
		return this.seeds;
	}

	public List<Settled> resolved() {
		return this.resolved;
	}

	public List<Settled> declined() {
		return this.declined;
	}

	public String term(AdministrativeLevel level) {
		return this.terms.get(level);
	}

	public List<String> texts(String key) {
		List<String> list = this.texts.get(key);
		if (list == null || list.isEmpty()) {
			throw new IllegalStateException("no text " + key);
		}
		return list;
	}

	public String text(String key, RandomGenerator random) {
		List<String> list = texts(key);
		return list.get(random.nextInt(list.size()));
	}

	/** The village or community a venue serves: its name without the venue suffix. */
	public String place(String venueName) {
		for (String suffix : this.strip) {
			if (venueName.endsWith(suffix) && venueName.length() > suffix.length()) {
				return venueName.substring(0, venueName.length() - suffix.length());
			}
		}
		return venueName;
	}

}
