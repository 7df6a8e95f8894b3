package org.deputyaction.online.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

	@Test
	void anIpv4AddressCountsAsItself() {
		assertThat(ClientAddress.of("203.0.113.7")).isEqualTo("203.0.113.7");
	}

	@Test
	void ipv6AddressesOfOneNetworkCountTogether() {
		assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.of("2001:db8:1:2:bbbb::9"))
			.isNotEqualTo(ClientAddress.of("2001:db8:1:3::1"));
	}

	@Test
	void aMissingAddressIsOneKey() {
		assertThat(ClientAddress.of((String) null)).isEqualTo("unknown");
	}

}
