package nl.integraletoegang.platform.veld;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TeamProperties.class)
class VeldConfiguration {
}
