package nl.integraletoegang.command.casus;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param huishoudenDrempel after how many events a new snapshot of a household is taken */
@ConfigurationProperties("integrale-toegang.snapshots")
record SnapshotProperties(int huishoudenDrempel) {
}
