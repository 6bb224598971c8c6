package newskg.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressPolicyTest {

    @ParameterizedTest(name = "{0} non-public: {1}")
    @CsvSource({
        "127.0.0.1, true", "127.9.9.9, true", "10.1.2.3, true", "172.16.0.1, true", "172.31.255.255, true",
        "192.168.1.1, true", "169.254.169.254, true", "0.0.0.0, true", "100.64.0.1, true", "224.0.0.1, true",
        "255.255.255.255, true", "198.18.0.1, true", "::1, true", "::, true", "fe80::1, true", "fc00::1, true",
        "fd12:3456::1, true", "::ffff:10.0.0.1, true", "::ffff:127.0.0.1, true", "ff02::1, true",
        "93.184.216.34, false", "8.8.8.8, false", "172.32.0.1, false", "100.128.0.1, false",
        "2001:4860:4860::8888, false", "::ffff:8.8.8.8, false"})
    void classifiesAddresses(String address, boolean nonPublic) throws UnknownHostException {
        // IP literals: InetAddress.getByName does no DNS lookup for them.
        assertThat(AddressPolicy.isNonPublic(InetAddress.getByName(address))).isEqualTo(nonPublic);
    }

    @Test
    void everyResolvedAddressMustBePublic() throws UnknownHostException {
        InetAddress pub = InetAddress.getByName("93.184.216.34");
        InetAddress priv = InetAddress.getByName("10.0.0.5");
        AddressPolicy policy = new AddressPolicy(false, host -> new InetAddress[] {pub, priv});
        assertThat(policy.check(URI.create("http://mixed.test/"))).get().isInstanceOf(FetchResult.Refused.class);
        AddressPolicy onlyPublic = new AddressPolicy(false, host -> new InetAddress[] {pub});
        assertThat(onlyPublic.check(URI.create("https://public.test/a"))).isEmpty();
        AddressPolicy allow = new AddressPolicy(true, host -> new InetAddress[] {priv});
        assertThat(allow.check(URI.create("http://intranet.test/"))).isEmpty();
    }

    @Test
    void unknownHostFailsAndBadSchemesAreRefused() {
        AddressPolicy policy = new AddressPolicy(false, host -> {
            throw new UnknownHostException(host);
        });
        assertThat(policy.check(URI.create("http://nowhere.test/"))).get().isInstanceOf(FetchResult.Failed.class);
        assertThat(policy.check(URI.create("javascript:alert(1)"))).get().isInstanceOf(FetchResult.Refused.class);
        assertThat(policy.check(URI.create("mailto:a@b.c"))).get().isInstanceOf(FetchResult.Refused.class);
        assertThat(policy.check(URI.create("/relative"))).get().isInstanceOf(FetchResult.Refused.class);
    }

    @Test
    void ipv6LiteralHostIsChecked() {
        AddressPolicy policy = new AddressPolicy(false, InetAddress::getAllByName);
        assertThat(policy.check(URI.create("http://[::1]:8080/"))).get().isInstanceOf(FetchResult.Refused.class);
    }
}
