# syntax=docker/dockerfile:1

# Build with the Maven wrapper on a JDK; the tests run in CI (.ci/run), not here.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
RUN --mount=type=cache,target=/root/.m2 \
	chmod +x mvnw \
	&& ./mvnw -B -ntp -q -DskipTests package \
	&& java -Djarmode=tools -jar target/deputy-action-*.jar extract --layers --application-filename application.jar --destination extracted

# Run on a JRE as an unprivileged user; dependencies first so that rebuilds reuse layers.
FROM eclipse-temurin:17-jre
RUN apt-get update \
	&& apt-get install -y --no-install-recommends curl fonts-droid-fallback \
	&& rm -rf /var/lib/apt/lists/* \
	&& groupadd --system deputyaction \
	&& useradd --system --gid deputyaction --home-dir /application --shell /usr/sbin/nologin deputyaction
WORKDIR /application
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
RUN mkdir -p /application/data && chown deputyaction:deputyaction /application/data
USER deputyaction
ENV PORT=8080 \
	JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
	CMD curl -fsS "http://localhost:${PORT}/actuator/health" || exit 1
ENTRYPOINT ["java", "-jar", "application.jar"]
