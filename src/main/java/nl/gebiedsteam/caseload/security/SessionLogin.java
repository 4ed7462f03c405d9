package nl.gebiedsteam.caseload.security;

import java.io.Serializable;

/**
 * What a session remembers about its login: only who, and the worker's session stamp at that
 * moment. Roles, team and active state are read from the database for every request.
 */
record SessionLogin(String loginName, int sessionStamp) implements Serializable {
}
