package io.redactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A kind of credential applications print: a generator of realistic values, the key names,
 * headers and parameters it is found under, and the carrier that identifies it.
 */
final class SecretFormat {
  /** A header a credential travels in, and the scheme written before it. */
  record Header(String name, String scheme) {
  }

  static final Header BEARER = new Header("Authorization", "Bearer ");
  static final Header TOKEN = new Header("Authorization", "token ");

  final String id;
  final Carrier carrier;
  final List<String> keys;
  final List<Header> headers;
  final List<String> params;
  /** Sentences in which software announces a credential it generated or names it; {} is it. */
  final List<String> announcements;
  /** A password: contexts that only a password fits (curl -u, mysql -p, wsse:Password) take it. */
  final boolean password;
  /** Its value says what it is without a key in front: it can stand in free text. */
  final boolean standsAlone;
  private final Function<Random, Secret> generator;

  private SecretFormat(String id, Carrier carrier, List<String> keys, List<Header> headers,
      List<String> params, List<String> announcements, boolean password, boolean standsAlone,
      Function<Random, Secret> generator) {
    this.id = id;
    this.carrier = carrier;
    this.keys = List.copyOf(keys);
    this.headers = List.copyOf(headers);
    this.params = List.copyOf(params);
    this.announcements = List.copyOf(announcements);
    this.password = password;
    this.standsAlone = standsAlone;
    this.generator = generator;
  }

  static SecretFormat of(String id, Carrier carrier, Function<Random, Secret> generator) {
    boolean alone = carrier == Carrier.BARE || carrier == Carrier.URL;
    return new SecretFormat(id, carrier, List.of(), List.of(), List.of(), List.of(), false,
        alone, generator);
  }

  Secret generate(Random random) {
    return generator.apply(random);
  }

  SecretFormat keys(String... names) {
    return new SecretFormat(id, carrier, List.of(names), headers, params, announcements,
        password, standsAlone, generator);
  }

  SecretFormat headers(Header... list) {
    return new SecretFormat(id, carrier, keys, List.of(list), params, announcements, password,
        standsAlone, generator);
  }

  /** Shorthand for headers without a scheme. */
  SecretFormat header(String... names) {
    List<Header> list = new ArrayList<>(headers);
    for (String name : names) {
      list.add(new Header(name, ""));
    }
    return new SecretFormat(id, carrier, keys, list, params, announcements, password,
        standsAlone, generator);
  }

  SecretFormat params(String... names) {
    return new SecretFormat(id, carrier, keys, headers, List.of(names), announcements, password,
        standsAlone, generator);
  }

  SecretFormat announced(String... sentences) {
    return new SecretFormat(id, carrier, keys, headers, params, List.of(sentences), password,
        standsAlone, generator);
  }

  SecretFormat password() {
    return new SecretFormat(id, carrier, keys, headers, params, announcements, true,
        standsAlone, generator);
  }

  /** Recognisable in free text although its carrier is not a bare token or a URL. */
  SecretFormat alone() {
    return new SecretFormat(id, carrier, keys, headers, params, announcements, password, true,
        generator);
  }

  @Override
  public String toString() {
    return id;
  }
}
