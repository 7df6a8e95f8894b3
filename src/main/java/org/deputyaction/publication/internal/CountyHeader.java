package org.deputyaction.publication.internal;

/**
 * A county as its public page names it.
 */
public record CountyHeader(Long id, String code, String name, Long prefectureId) {

	public String publicPath() {
		return "/public/counties/" + this.code;
	}

}
