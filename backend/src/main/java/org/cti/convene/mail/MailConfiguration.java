package org.cti.convene.mail;

import java.nio.file.Path;
import org.cti.convene.common.Language;
import org.cti.convene.mail.templates.MailTemplates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/**
 * Chooses where mails go. With {@code spring.mail.host} (env {@code SPRING_MAIL_HOST}) Spring Boot provides a
 * {@link JavaMailSender} and mails go to that server; without it there is no such bean, and mails are
 * captured as files instead, so the application starts and works the same on a machine with no mail server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    @Bean
    MailTemplates mailTemplates() {
        return new MailTemplates(Language.locales());
    }

    @Bean
    @Conditional(MailHostSet.class)
    MailTransport smtpTransport(JavaMailSender sender) {
        return new SmtpTransport(sender);
    }

    @Bean
    @Conditional(NoMailHost.class)
    MailTransport emlCapture(@Value("${convene.data-dir}") String dataDir) {
        return new EmlCapture(Path.of(dataDir, "mail"));
    }

    static class MailHostSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }

    static class NoMailHost implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }
}
