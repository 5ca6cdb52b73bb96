import { describe, expect, it } from "vitest";
import { InvalidEnvError, parseEnv, sqliteFilePath } from "./env";

describe("parseEnv", () => {
  it("gives every setting a default that works for the embedded setup", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: "development",
      DATABASE_URL: "file:./data/app.db",
      LOG_LEVEL: "info",
      SEED_DEMO: true,
      TRUSTED_PROXY_HOPS: 0,
      ALLOWED_HOSTS: [],
      SMTP_PORT: 587,
      MAIL_RETENTION_DAYS: 90,
    });
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", LOG_LEVEL: "" }).DATABASE_URL).toBe("file:./data/app.db");
  });

  it.each([
    "file:./data/app.db",
    "postgresql://scan:secret@db.internal:5432/scan",
    "postgres://localhost/scan?sslmode=require",
  ])("accepts the database URL %s", (url) => {
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it.each([
    ["DATABASE_URL", "mysql://somewhere/db"],
    ["DATABASE_URL", "./data/app.db"],
    ["LOG_LEVEL", "loud"],
    ["NODE_ENV", "staging"],
    ["PUBLIC_BASE_URL", "not a url"],
    ["SEED_DEMO", "maybe"],
    ["TRUSTED_PROXY_HOPS", "one"],
    ["TRUSTED_PROXY_HOPS", "-1"],
    ["TRUSTED_PROXY_HOPS", "1.5"],
    ["ALLOWED_HOSTS", "scan.example.org/path"],
    ["ALLOWED_HOSTS", "https://scan.example.org"],
    ["SMTP_HOST", "smtp.example.org:587"],
    ["SMTP_PORT", "70000"],
    ["SMTP_SECURE", "yes"],
    ["MAIL_RETENTION_DAYS", "-1"],
    ["MAIL_RETENTION_DAYS", "ninety"],
  ])("stops with a message naming %s when its value is bad", (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(InvalidEnvError);
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });
});

it("reads the demo flag and trims a trailing slash from the base URL", () => {
  expect(parseEnv({ SEED_DEMO: "0" }).SEED_DEMO).toBe(false);
  expect(parseEnv({ PUBLIC_BASE_URL: "https://scan.example.org/" }).PUBLIC_BASE_URL).toBe("https://scan.example.org");
});

it("reads the number of trusted proxies and the allowed hosts, lower case and without blanks", () => {
  expect(parseEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
  expect(parseEnv({ ALLOWED_HOSTS: " Scan.Local, 10.0.0.5:3000 ,,[fe80::1]" }).ALLOWED_HOSTS).toEqual([
    "scan.local",
    "10.0.0.5:3000",
    "[fe80::1]",
  ]);
});

describe("sqliteFilePath", () => {
  it("takes the path out of a file URL", () => {
    expect(sqliteFilePath("file:./data/app.db")).toBe("./data/app.db");
    expect(sqliteFilePath("file:/var/lib/scan.db?mode=rwc")).toBe("/var/lib/scan.db");
  });
});

describe("mail settings", () => {
  const server = { SMTP_HOST: "smtp.example.org", MAIL_FROM: "Scan <scan@example.org>" };

  it.each([
    ["MAIL_FROM", { SMTP_HOST: "smtp.example.org" }],
    ["MAIL_FROM", { ...server, MAIL_FROM: "not an address" }],
    ["SMTP_PASSWORD", { ...server, SMTP_USER: "scan" }],
    ["SMTP_USER", { ...server, SMTP_PASSWORD: "secret" }],
    ["MAIL_FROM", { MAIL_FROM: "scan@example.org" }],
  ])("stops with a message naming %s when the settings do not fit together", (name, source) => {
    expect(() => parseEnv(source)).toThrow(new RegExp(`${name}:`));
  });

  it("accepts a server with a sender, with or without a login", () => {
    expect(parseEnv(server).SMTP_HOST).toBe("smtp.example.org");
    expect(parseEnv({ ...server, SMTP_USER: "scan", SMTP_PASSWORD: "secret" }).SMTP_USER).toBe("scan");
  });
});
