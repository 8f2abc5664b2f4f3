package nl.integraletoegang.command.casus;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether households stay in memory between commands ({@code integrale-toegang.huishouden-cache.*}).
 *
 * <p>Safe only where every command on a household reaches the same process: standalone (one process, on by
 * default), or command sides behind Axon Server, which routes a household's commands to one instance. Several
 * command sides behind a plain proxy on one PostgreSQL (the default of the command side: off) would each keep
 * their own copy: a command on a copy that another instance has since changed is refused on the version when it
 * appends (and the copy is dropped), but a check against the old state could refuse it wrongly first.
 *
 * @param enabled keep households between commands
 * @param maxHuishoudens at most this many, the least recently used leave first
 */
@ConfigurationProperties("integrale-toegang.huishouden-cache")
record HuishoudenCacheProperties(boolean enabled, int maxHuishoudens) {
}
