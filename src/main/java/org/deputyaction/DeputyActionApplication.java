package org.deputyaction;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Deputy Action: voters' problems round the closed loop, with the three public lists.
 */
@SpringBootApplication
@EnableScheduling
public class DeputyActionApplication {

	public static void main(String[] args) {
		SpringApplication.run(DeputyActionApplication.class, args);
	}

}
