package dev.orgkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

class OrgkitAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OrgkitAutoConfiguration.class))
            .withPropertyValues("orgkit.issuer-uri=" + DemoCatalog.ISSUER);

    @Test
    void gives_a_resource_server_chain_a_decoder_the_orgkit_bean_and_the_rest_client() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("orgkitSecurityFilterChain");
            assertThat(context).hasSingleBean(JwtDecoder.class).hasSingleBean(OrgkitRestClient.class).hasSingleBean(OrgkitApiErrorHandler.class);
            assertThat(context.getBean(OrgkitExpressions.BEAN_NAME)).isInstanceOf(OrgkitExpressions.class);
            assertThat(context).hasSingleBean(OrgkitAutoConfiguration.MethodSecurity.class);
        });
    }

    @Test
    void backs_off_when_the_app_defines_its_own_chain() {
        runner.withUserConfiguration(OwnChain.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("appChain");
            assertThat(context.getBean(OrgkitExpressions.BEAN_NAME)).as("still usable in the app's rules").isInstanceOf(OrgkitExpressions.class);
            assertThat(context).hasSingleBean(OrgkitErrorResponses.class);
        });
    }

    @Test
    void backs_off_its_decoder_for_the_apps() {
        runner.withUserConfiguration(OwnDecoder.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(JwtDecoder.class)).containsOnlyKeys("appDecoder");
        });
    }

    @Test
    void leaves_method_security_to_an_app_that_enables_it() {
        runner.withUserConfiguration(OwnMethodSecurity.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(OrgkitAutoConfiguration.MethodSecurity.class);
            assertThat(context.getBeanNamesForType(org.aopalliance.intercept.MethodInterceptor.class))
                    .filteredOn(name -> name.equals("preAuthorizeAuthorizationMethodInterceptor")).hasSize(1);
        });
    }

    @Test
    void fails_fast_without_an_issuer() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(OrgkitAutoConfiguration.class)).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("orgkit.issuer-uri is not set");
        });
    }

    @Test
    void stays_out_of_apps_that_are_not_servlet_web_apps() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OrgkitAutoConfiguration.class))
                .withPropertyValues("orgkit.issuer-uri=" + DemoCatalog.ISSUER)
                .run(context -> assertThat(context).doesNotHaveBean(OrgkitExpressions.class).doesNotHaveBean(SecurityFilterChain.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnChain {
        @Bean
        SecurityFilterChain appChain() {
            return new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnDecoder {
        @Bean
        JwtDecoder appDecoder() {
            return token -> {
                throw new org.springframework.security.oauth2.jwt.BadJwtException("not accepted here");
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableMethodSecurity
    static class OwnMethodSecurity {
    }
}
