import { INTEGRATION_DATABASE_URL } from "./integration-db";

process.env.DATABASE_URL = INTEGRATION_DATABASE_URL;
process.env.LOG_LEVEL = "silent";
