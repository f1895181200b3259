package org.cti.convene.mail.templates;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * Lets {@code #{…}} in the templates read the shared mail bundles. Thymeleaf's own StandardMessageResolver
 * looks for bundles next to each template, whereas every mail here shares one bundle per language.
 */
final class BundleMessageResolver extends AbstractMessageResolver {

    private final MailMessages messages;

    BundleMessageResolver(MailMessages messages) {
        this.messages = messages;
        setName("mail-bundles");
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return messages.find(context.getLocale(), key, messageParameters).orElse(null);
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return MailMessages.absent(key, context.getLocale());
    }
}
