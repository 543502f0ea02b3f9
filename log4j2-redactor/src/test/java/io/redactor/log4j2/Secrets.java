package io.redactor.log4j2;

/** Fake secrets of real shapes, and the redacted text the engine makes of them. */
final class Secrets {
  static final String BEARER_TOKEN = "abc123def456ghi789";
  static final String PASSWORD = "hunter2";
  static final String GITHUB_TOKEN = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
  static final String AWS_KEY_ID = "AKIA7GHJGBWD32SNT72U";
  static final String STRIPE_KEY = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc";
  static final String DB_URL_PASSWORD = "s3cr3tpw";

  private Secrets() {
  }
}
