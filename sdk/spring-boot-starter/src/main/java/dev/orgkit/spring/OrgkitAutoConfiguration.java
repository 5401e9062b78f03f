package dev.orgkit.spring;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestClient;

/**
 * An app as a JWT resource server of its orgkit realm. Every bean backs off when the app defines its own
 * (the filter chain when the app has any {@link SecurityFilterChain}). Only Spring Security / Framework types and
 * the annotations that Spring Boot 3.5 and 4 share are used, and Boot's own security auto-configurations are named
 * by their class names in both lines, so one jar serves both.
 */
@AutoConfiguration(beforeName = {
        // Spring Boot 3.5
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
        // Spring Boot 4
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, JwtDecoder.class, JwtAuthenticationConverter.class })
@EnableConfigurationProperties(OrgkitProperties.class)
public class OrgkitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder orgkitJwtDecoder(OrgkitProperties properties) {
        return OrgkitJwtDecoders.forRealm(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtAuthenticationConverter orgkitJwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new OrgAuthorities());
        return converter;
    }

    @Bean
    @ConditionalOnMissingBean
    OrgkitErrorResponses orgkitErrorResponses() {
        return new OrgkitErrorResponses();
    }

    @Bean(OrgkitExpressions.BEAN_NAME)
    @ConditionalOnMissingBean(name = OrgkitExpressions.BEAN_NAME)
    OrgkitExpressions orgkit() {
        return new OrgkitExpressions();
    }

    @Bean
    @ConditionalOnMissingBean
    OrgkitRestClient orgkitRestClient(ObjectProvider<RestClient.Builder> builders, OrgkitProperties properties) {
        return new OrgkitRestClient(builders.getIfAvailable(RestClient::builder).clone(), properties);
    }

    /** orgkit's error answers to {@link OrgkitRestClient} calls, passed on to the app's caller (Spring MVC apps). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    static class ApiErrors {

        @Bean
        @ConditionalOnMissingBean
        OrgkitApiErrorHandler orgkitApiErrorHandler() {
            return new OrgkitApiErrorHandler();
        }
    }

    /** The app's chain when it defines none: every request needs a valid token of the realm (error dispatches, Boot's /error page, pass). */
    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class ResourceServerChain {

        @Bean
        @ConditionalOnMissingBean(SecurityFilterChain.class)
        SecurityFilterChain orgkitSecurityFilterChain(HttpSecurity http, JwtDecoder decoder, JwtAuthenticationConverter converter,
                OrgkitErrorResponses errors) throws Exception {
            http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll().anyRequest().authenticated())
                    .oauth2ResourceServer(server -> server
                            .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                            .authenticationEntryPoint(errors)
                            .accessDeniedHandler(errors))
                    .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                    .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable());
            return http.build();
        }
    }

    /** {@code @PreAuthorize} for {@code @orgkit.*}, unless the app enables method security itself. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(name = "preAuthorizeAuthorizationMethodInterceptor")
    @EnableMethodSecurity
    static class MethodSecurity {
    }
}
